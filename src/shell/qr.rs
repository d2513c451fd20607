//! The QR code of a link, drawn in the app: the `qrcode` crate computes the modules;
//! they are drawn as one SVG path (the share panel) or on a canvas (the share card).

/// The dark modules of the QR code of `text` as (column, row), with the four-module
/// quiet zone counted in, and the code's size in modules.
pub fn qr_modules(text: &str) -> Option<(Vec<(usize, usize)>, usize)> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    let n = code.width();
    let dark = code
        .to_colors()
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == qrcode::Color::Dark)
        .map(|(i, _)| (i % n + 4, i / n + 4))
        .collect();
    Some((dark, n + 8))
}

/// The QR code of `text` as one SVG path, and its size in modules.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let (modules, size) = qr_modules(text)?;
    let d = modules
        .iter()
        .map(|(x, y)| format!("M{x},{y}h1v1h-1z"))
        .collect();
    Some((d, size))
}
