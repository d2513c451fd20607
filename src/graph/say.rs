//! The graph view's interface strings (`GraphText => "中文", "English";`).

crate::i18n::catalogue! {
    GraphText;
    Intro =>
        "把机制图谱画成一张图：每个点是一个事件，每条线是一条关系。可以用鼠标或手指拖动、缩放，也可以只用键盘或下面的按钮。图下方的列表包含同样的内容，适合读屏软件。",
        "The mechanism graph drawn as a picture: each point is an event, each line a link. Drag and zoom with a mouse or fingers, or use only the keyboard or the buttons below. The list under the picture holds the same content for screen readers.";
    ShowLabel => "显示", "Show";
    Tools => "画面操作", "Picture controls";
    ShowCore => "默认排名前 {n} 的核心事件", "The top {n} default core events";
    ShowTheme => "主题：{name}", "Theme: {name}";
    ShowChapter => "故事第 {n} 章：{name}", "Story chapter {n}: {name}";
    ShowEvent => "“{name}”及其周围的事件", "“{name}” and the events around it";
    CanvasName => "机制图：{what}", "Mechanism graph: {what}";
    KeysHelp =>
        "键盘：方向键移动画面，加号和减号缩放，0 显示全图，N 和 P 选择下一个或上一个事件，回车打开所选事件，Esc 取消选择。",
        "Keys: arrows move the picture, plus and minus zoom, 0 shows it all, N and P select the next or previous event, Enter opens the selected event, Esc clears the selection.";
    PanLeft => "向左移动", "Move left";
    PanRight => "向右移动", "Move right";
    PanUp => "向上移动", "Move up";
    PanDown => "向下移动", "Move down";
    ZoomIn => "放大", "Zoom in";
    ZoomOut => "缩小", "Zoom out";
    Fit => "显示全图", "Show all";
    Previous => "上一个事件", "Previous event";
    Next => "下一个事件", "Next event";
    Pause => "停止移动", "Stop moving";
    Resume => "继续排布", "Go on arranging";
    ExportPng => "下载 PNG 图片", "Download PNG";
    ExportSvg => "下载 SVG 图片", "Download SVG";
    Arranging => "正在排布图形……", "Arranging the picture…";
    Summary => "这张图有 {n} 个事件和 {m} 条关系。", "This picture has {n} events and {m} links.";
    Capped => "符合条件的事件共有 {all} 个，图中显示连接最多的 {n} 个。", "{all} events match; the picture shows the {n} most linked.";
    Waiting => "图谱正在加载，加载完成后就会画出这张图。", "The graph is loading; the picture is drawn once it has loaded.";
    WaitFull => "这部分在完整图谱里，完整图谱正在加载……", "This part is in the full graph, which is still loading…";
    Empty => "图谱中没有可以画出的事件。", "There is no event to draw here.";
    Legend => "图例", "Legend";
    EdgePromotes => "促进（带正负号的因果关系）", "Promotes (signed causal link)";
    EdgeInhibits => "抑制（带正负号的因果关系）", "Inhibits (signed causal link)";
    EdgeOther => "注释或未标明方向的调控", "Annotation or unsigned regulation";
    EdgeHierarchy => "从属关系（是一种、是一部分）", "Hierarchy (is a, part of)";
    Marked => "本章或本页所讲的事件（带粗边框）", "Events this chapter or page is about (thick outline)";
    Selected => "已选择：", "Selected: ";
    NoneSelected => "尚未选择事件。点击图中的点，或按 N 键，或用下面列表中的按钮。", "No event selected. Click a point, press N, or use a button in the list below.";
    OpenEvent => "打开事件页面", "Open the event page";
    ShowAround => "以它为中心画图", "Draw the picture around it";
    PathsFrom => "从这里查找因果路径", "Find causal paths from here";
    LinkedHere => "图中与它相连的事件（{n}）", "Linked to it in this picture ({n})";
    ListTitle => "图中的事件（列表）", "The events in the picture (list)";
    ListIntro => "与上图内容相同，按重要性排序。", "The same content as the picture, most important first.";
    SelectIt => "在图中选择", "Select in the picture";
    ShowMore => "再显示 {n} 个", "Show {n} more";
    Links => "{n} 条关系", "{n} links";
    ExportTitle => "ALS 机制图", "ALS mechanism graph";
}
