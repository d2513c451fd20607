//! The texts written as data (`data/story/`, `data/treatments/`, `data/pages/`), as they
//! are parsed from core.bin's CONT section: plain types, no views. The features that show
//! them (`story`, `treatments`, `pages`, `content`) import them from here.

pub mod pages;
pub mod sources;
pub mod story;
