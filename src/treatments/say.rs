//! The treatments page's interface strings (`TreatmentText => "中文", "English";`). Medical
//! sentences come from the data files with their sources, not from here.

crate::i18n::catalogue! {
    TreatmentText;
    Intro =>
        "下面每一项都写明它在人体中的状态、状态截至的日期和来源。这不是医疗建议。",
        "Every entry below gives its status in people, the date that status dates from, and its sources. This is not medical advice.";
    MedicinesHeading => "已有的药物", "Medicines that exist";
    MedicinesNote =>
        "用不用、怎么用，由神经科医生决定。每种药的批准情况和试验结果见下面它的卡片。",
        "Whether and how to use them is for the neurologist to decide. Each one's approvals and trial results are in its card below.";
    FindHeading => "查找和筛选", "Find and filter";
    SearchLabel => "按名称查找（中文名、英文名、商品名或缩写）", "Find by name (Chinese, English, brand name or abbreviation)";
    FilterStatus => "在人体中的状态", "Status in people";
    AnyStatus => "任何状态", "Any status";
    MoreFilters => "按笔记的策略类别或针对的机制筛选", "Filter by the notes' kind of strategy or by mechanism";
    FilterStrategy => "笔记中的策略类别", "Kind of strategy in the notes";
    FilterMechanism => "针对的机制", "Mechanism aimed at";
    FilterAll => "全部", "All";
    FilterAnyMechanism => "任何机制", "Any mechanism";
    ShownCount => "显示 {n} 项，共 {total} 项。", "Showing {n} of {total}.";
    NoMatch => "没有找到符合条件的项目。", "Nothing matches.";
    StApproved => "获批", "Approved";
    StWithdrawn => "已撤市", "Withdrawn";
    StInTrials => "人体试验中", "In human trials";
    StNotShown => "未证实对患者有效", "Not shown to help people";
    StAnimal => "仅动物研究", "Animal studies only";
    AsOf => "状态截至 {date}", "Status as of {date}";
    Approvals => "在哪里获批", "Where it was approved";
    Evidence => "人体证据", "Evidence in people";
    NoHumanEvidence => "本项目的来源中没有 ALS 患者的研究。", "The project's sources hold no study in people with ALS.";
    HowGiven => "怎么用", "How it is given";
    NotesDiffer => "与笔记的不同", "Where the notes differ";
    AlsoCalled => "又名", "Also called";
    NameNotes => "中文名按志愿者笔记，未经核实。", "The Chinese name follows the notes and is not verified.";
    NameProject => "中文名是本项目的译写。", "The Chinese name is the project's own rendering.";
    NameEnglish => "没有核实过的中文名，这里用英文名。", "No Chinese name is verified, so the English name is used.";
    TableTranslated => "表 2 原文是英文，这里的中文是本项目的翻译。", "Table 2 is in English; the Chinese text here is the project's translation.";
    NotesDetails => "笔记中的内容（表 2 和第 2.5 节）", "What the notes say (Table 2 and section 2.5)";
    StrategySmallMolecule => "小分子药物：抑制异常蛋白聚集", "Small molecules against protein aggregation";
    StrategyMicroglia => "调控神经炎症（小胶质细胞）", "Calming neuroinflammation (microglia)";
    StrategyAntioxidant => "抗氧化与线粒体保护", "Antioxidants and mitochondrial protection";
    StrategyGene => "基因治疗", "Gene therapy";
    StrategyStemCell => "干细胞治疗", "Stem-cell therapy";
    StrategyOther => "不在笔记的分组中", "Not in the notes' groups";
    Advantages => "笔记列出的长处", "Strengths, as the notes list them";
    Limitations => "笔记列出的局限", "Limits, as the notes list them";
    NoneGiven => "笔记没有列出。", "None given in the notes.";
    Aims => "针对的机制", "Aims at";
    InStory => "故事中的相关章节：", "In the story: ";
    Reading => "本项目的理解", "The project's reading";
}
