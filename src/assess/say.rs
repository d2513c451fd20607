//! The self-assessment's interface strings (`AssessText => "中文", "English";`), a table of
//! its own so the app's main table stays readable. The scale's questions, answers,
//! figure explanations and reasons are data (`data/scales/alsfrs-r.json`), not here.

crate::i18n::catalogue! {
    AssessText;
    // The page and its parts
    AssessIntro =>
        "用 ALSFRS-R 量表记录日常功能：12 个问题，每题 0–4 分。可以由本人、照护者或医生填写。",
        "Record daily function with the ALSFRS-R: 12 questions, each scored 0–4. The person, a caregiver or a clinician can fill it in.";
    AssessPrivacy =>
        "答案只保存在这台设备的浏览器里，不会发送到任何地方。这个工具不是医疗建议，也不能代替医生的评估。",
        "Answers are kept only in this device's browser and are never sent anywhere. This tool is not medical advice and does not replace a clinician's assessment.";
    AssessTabsLabel => "自我评估的各部分", "Parts of the self-assessment";
    AssessTabForm => "填写评估", "Fill in";
    AssessTabResults => "结果", "Results";
    AssessTabHistory => "历史记录", "History";
    AssessTabReport => "就诊报告", "Clinic report";
    AssessTabTimeline => "时间线", "Timeline";
    AssessStorageOff =>
        "这个浏览器不允许网页保存数据：评估只保存在当前页面，关闭后就会丢失。请用“导出”保存一份文件。",
        "This browser does not let the page save data: assessments live only in this page and are lost when it closes. Use “Export” to keep a file.";
    AssessStorageFull =>
        "设备存储已满，最近的改动没有保存。请用“导出”保存一份文件，或腾出一些空间。",
        "The device's storage is full and the latest change was not saved. Use “Export” to keep a file, or free some space.";
    AssessStorageNewer =>
        "这台设备上的评估记录来自更新版本的应用，这个版本不会读取或改动它们。新的评估只保存在当前页面。请更新应用。",
        "The assessments on this device were saved by a newer version of the app; this version neither reads nor changes them. New assessments live only in this page. Please update the app.";
    AssessStorageUnreadable =>
        "这台设备上保存的评估数据无法读取，已原样保留、没有被覆盖。新的评估只保存在当前页面，请用“导出”保存。",
        "The assessment data stored on this device cannot be read; it was kept as it is and not overwritten. New assessments live only in this page: use “Export” to keep them.";
    // The form
    AssessStepDetails => "基本信息", "About this assessment";
    AssessStepOf => "第 {n} 题，共 {total} 题", "Question {n} of {total}";
    AssessStepReview => "检查并保存", "Review and save";
    AssessAnswered => "已回答 {n}/12", "{n} of 12 answered";
    AssessDate => "评估日期", "Date of the assessment";
    AssessFilledBy => "谁在填写", "Who is filling it in";
    FilledBySelf => "本人", "The person themself";
    FilledByCaregiver => "照护者", "A caregiver";
    FilledByClinician => "医生或治疗师", "A clinician";
    AssessGastrostomy => "是否已经做了胃造瘘（经腹部插入的喂食管）？", "Is there a gastrostomy (a feeding tube through the belly)?";
    AssessGastroHint =>
        "这决定第 5 题回答哪个版本：没有胃造瘘回答 5a（切食物和使用餐具），有胃造瘘回答 5b。",
        "This chooses the version of question 5: without a gastrostomy 5a (cutting food and handling utensils), with one 5b.";
    AssessGastroNo => "没有胃造瘘", "No gastrostomy";
    AssessGastroYes => "有胃造瘘", "Has a gastrostomy";
    AssessHintLabel => "本项目的说明：", "Project's help: ";
    AssessHintNote =>
        "每个答案下面的“本项目的说明”是本项目补充的通俗解释，不是量表原文。",
        "Under each answer, “Project's help” is the project's own explanation in plain words, not the scale's text.";
    AssessKeysHint =>
        "可以点选答案，也可以按数字键 0–4 选择、用方向键切换、按回车键进入下一题。",
        "Tap an answer, or press a digit 0–4 to choose, the arrow keys to move, Enter to go on.";
    AssessBack => "上一步", "Back";
    AssessNext => "下一步", "Next";
    AssessSave => "保存这次评估", "Save this assessment";
    AssessSaveHint => "保存前可以随时返回修改。草稿会自动保存在这台设备上。", "You can go back and change anything before saving. The draft is kept on this device as you go.";
    AssessStartOver => "清空草稿，重新开始", "Clear the draft and start again";
    AssessChange => "修改", "Change";
    AssessNotes => "备注（可选，例如当时的情况或用药）", "Notes (optional, e.g. circumstances or medication)";
    AssessNotAnswered => "还没有回答", "Not answered yet";
    AssessCannotSave => "还不能保存，请先补上：", "This cannot be saved yet. Please complete:";
    AssessMissingFilledBy => "谁在填写", "who is filling it in";
    AssessMissingGastro => "是否有胃造瘘", "whether there is a gastrostomy";
    AssessMissingAnswer => "第 {n} 题", "question {n}";
    AssessNoSuchRecord => "找不到这次评估，它可能已被删除。", "This assessment was not found; it may have been deleted.";
    AssessNoneYet => "还没有保存的评估。", "No assessment has been saved yet.";
    AssessNotSaved => "没有保存成功。", "This was not saved.";
    AssessEdit => "修改", "Edit";
    // Switch scanning and dwell
    AccessTitle => "其他操作方式：单开关扫描、停留点击", "Other ways to answer: one switch, dwell to click";
    AccessIntro =>
        "扫描：高亮框会依次停在每个选项上，按一下开关（空格键或回车键）就选中高亮的选项，之后自动进入下一题。停留点击：把指针（眼动仪、头控鼠标）停在选项上一段时间就会选中。没有任何时间限制。",
        "Scanning: a highlight rests on each choice in turn; one press of the switch (Space or Enter) picks the highlighted one and the form moves on. Dwell: resting the pointer (eye tracker, head mouse) on a choice picks it. There is no time limit.";
    AccessScanning => "单开关扫描", "One-switch scanning";
    AccessScanPace => "每个选项停留", "Each choice is highlighted for";
    AccessSlower => "慢一点", "Slower";
    AccessFaster => "快一点", "Faster";
    AccessDwell => "停留点击", "Dwell to click";
    AccessDwellTime => "停留多久算点击", "Rest the pointer for";
    AccessLonger => "长一点", "Longer";
    AccessShorter => "短一点", "Shorter";
    AccessSeconds => "秒", "seconds";
    // Results
    ResultsCalm =>
        "这些数字描述的是填写时的日常功能，不是预后，也不是诊断。任何变化都值得和神经科医生一起看。",
        "These figures describe daily function when the form was filled in; they are not a prognosis or a diagnosis. Any change is worth looking at with your neurologist.";
    AssessmentOf => "评估日期", "Assessment of";
    ChangeSince => "与 {date} 相比（相隔 {days} 天）：{n} 分", "{n} points since {date} ({days} days)";
    PointsPerMonth => "分/月", "points a month";
    DeltaFsContext =>
        "从症状开始到这次评估约 {months} 个月。常用的参考分段：{band} 分/月（仅作背景，不是预测）。",
        "About {months} months from first symptoms to this assessment. Commonly used band: {band} points a month (context only, not a prediction).";
    RegionBulbar => "延髓区域受累", "bulbar region involved";
    RegionUpper => "上肢受累", "upper limb involved";
    RegionLower => "下肢受累", "lower limb involved";
    MitosStage => "MiToS 分期", "MiToS stage";
    MitosMovement => "行动需要帮助", "movement: needs help";
    MitosSwallowing => "吞咽需要帮助", "swallowing: needs help";
    MitosCommunicating => "交流需要帮助", "communicating: needs help";
    MitosBreathing => "呼吸需要帮助", "breathing: needs help";
    ReversalNone => "历史记录中没有出现这种模式。", "This pattern does not appear in the history.";
    ReversalFound =>
        "总分从 {from} 的 {a} 分升到 {to} 的 {b} 分（至少高 4 分），并一直保持到 {until}，期间没有任何部分下降。这是一个值得和神经科医生讨论的模式，不是诊断。",
        "The total rose from {a} on {from} to {b} on {to} (at least 4 points higher) and stayed there until {until}, with no part falling meanwhile. This is a pattern to discuss with your neurologist, not a diagnosis.";
    TrendText =>
        "平均每月 {slope} 分（标准误 {se}），根据 {n} 次评估、约 {months} 个月。",
        "On average {slope} points a month (standard error {se}), from {n} assessments over about {months} months.";
    OnsetLabel => "症状开始的日期", "Date of first symptoms";
    OnsetHint => "只需填写一次，用于计算 ΔFS。可以留空。", "Entered once, used for ΔFS. May be left empty.";
    OnsetSave => "保存日期", "Save the date";
    OnsetSaved => "已保存。", "Saved.";
    ChangeItem5 =>
        "第 5 题这次和上次回答的不是同一个版本（5a 与 5b 之间换了），所以这里的变化没有计入第 5 题。",
        "Question 5 was answered in a different version than last time (5a and 5b), so this change leaves question 5 out.";
    TrendItem5 =>
        "历史记录里第 5 题有 5a 也有 5b，两者是不同的问题：趋势按不含第 5 题的总分（0–44）计算。",
        "The history holds both 5a and 5b, which are different questions: the trend is worked out on the total without question 5 (0–44).";
    ReversalItem5 =>
        "历史记录里第 5 题有 5a 也有 5b：这项检查比较的是不含第 5 题的总分和各部分，所以新装喂食管不会被当成好转。",
        "The history holds both 5a and 5b: this check compares totals and parts without question 5, so a new feeding tube is never read as improvement.";
    // The plain result, first after saving
    PlainSaved => "已保存", "Saved";
    PlainHeading => "这次的结果", "Your result";
    PlainTotal => "{date} 的总分是 {total} 分（满分 48 分）。", "The total on {date} is {total} out of 48.";
    PlainFirst => "这是第一次评估。下次填写后，这里会说明有什么变化。", "This is the first assessment. After the next one, this will say what changed.";
    PlainUp => "和 {date}（{days} 天前）相比高了 {n} 分。", "That is {n} points higher than on {date}, {days} days earlier.";
    PlainDown => "和 {date}（{days} 天前）相比低了 {n} 分。", "That is {n} points lower than on {date}, {days} days earlier.";
    PlainSame => "和 {date}（{days} 天前）相比没有变化。", "That is the same as on {date}, {days} days earlier.";
    PlainMost => "变化最大的部分是{part}：{n} 分。", "The part that changed most: {part}, {n} points.";
    PlainNoPart => "四个部分都没有变化。", "None of the four parts changed.";
    PlainBreathing => "呼吸部分（第 10–12 题）比上次低了 {n} 分。", "The breathing part (questions 10–12) is {n} points lower than last time.";
    PlainDoctor =>
        "本工具不给出“该找医生”的分数界限：本项目没有找到可以引用的界限。呼吸或吞咽方面新出现的困难可以告诉神经科医生：无创通气是缓解呼吸衰竭症状的主要公认治疗；吞咽困难会增加营养不良的风险。",
        "This tool sets no score at which to see a doctor: the project found no source for one. New trouble with breathing or swallowing is worth telling your neurologist: non-invasive ventilation is the main recognised treatment for the symptoms of respiratory failure, and trouble swallowing raises the risk of malnutrition.";
    PlainDetails => "详细数字和说明", "Details: every figure and how it is worked out";
    PlainToDetails => "看详细数字", "See the details";
    PlainAgain => "再填一次", "Fill in another";
    // Records that last
    KeepTitle => "记录能保存多久", "Keeping the records";
    KeepPersisted => "浏览器已同意长期保存这些记录：它不会为了腾出空间而自动删除它们。", "The browser agreed to keep these records: it will not delete them on its own to free space.";
    KeepNotPersisted => "浏览器没有承诺长期保存这些记录：空间不够时可能会删除。请定期保存一份备份文件。", "The browser did not promise to keep these records: it may delete them when space runs low. Save a backup file now and then.";
    KeepUnknown => "这个浏览器没有说明会不会长期保存这些记录。请定期保存一份备份文件。", "This browser does not say whether it will keep these records. Save a backup file now and then.";
    KeepLastBackup => "上次备份：{date}", "Last backup: {date}";
    KeepNoBackup => "上次备份：还没有备份过。", "Last backup: none yet.";
    KeepBackupOffer =>
        "最近 30 天没有保存过备份文件。备份文件只保存在你的设备上，不会发送到任何地方；以后可以用它恢复记录。",
        "No backup file was saved in the last 30 days. The file stays on your device and is sent nowhere; you can restore the records from it later.";
    KeepBackupButton => "保存备份文件", "Save a backup file";
    KeepIosNote =>
        "在 iPhone 和 iPad 上，如果不是从主屏幕打开这个网站，Safari 可能会在 7 天没有访问之后清除这里保存的记录。",
        "On iPhone and iPad, when this site is not opened from the home screen, Safari may clear the records kept here after 7 days without a visit.";
    KeepIosHow =>
        "要保留记录：在 Safari 中点“分享”按钮（方框和向上的箭头），选“添加到主屏幕”，以后从主屏幕上的图标打开。",
        "To keep them: in Safari tap the Share button (a square with an arrow pointing up), choose “Add to Home Screen”, and from then on open the site from that icon.";
    KeepIosOk => "知道了", "Got it";
    RestoreLabel =>
        "从备份文件恢复（选好文件就合并；这台设备上的记录不会被删除，有不同时保留这台设备上的）",
        "Restore from a backup file (merged as soon as it is chosen; nothing on this device is removed, and where they differ this device's version is kept)";
    RestoreDone => "已从备份恢复：新增或更新 {n} 条评估。", "Restored from the backup: {n} assessments added or updated.";
    // Date without typing
    DateToday => "今天", "Today";
    DateEarlier => "前一天", "Day before";
    DateLater => "后一天", "Day after";
    // History and chart
    ChartTotal => "总分", "Total";
    ChartTotalTitle => "总分随时间的变化", "The total over time";
    ChartShowParts => "显示四个部分（每部分 0–12 分）", "Show the four parts (0–12 each)";
    ChartSummary => "共 {n} 次评估，第一次 {first}，最近一次 {last}；下面的表格列出全部数值", "{n} assessments, first {first}, latest {last}; the table below lists every value";
    HistoryTableCaption => "全部评估（最近的在前）", "Every assessment (latest first)";
    HistoryActions => "操作", "Actions";
    TrendLabel => "每月趋势：", "Trend per month:";
    DateShort => "日期", "Date";
    ChangeShort => "变化", "Change";
    ChangeStarNote => "* 第 5 题换了版本（5a 与 5b），这一次的变化没有计入第 5 题。", "* Question 5 changed version (5a and 5b); this change leaves question 5 out.";
    FilledByShort => "填写人", "Filled by";
    NotesShort => "备注", "Notes";
    TableLeftOut => "另有 {n} 次更早的评估只显示在图中；完整记录见“历史记录”或导出文件。", "{n} earlier assessments appear in the chart only; the full list is in the history and in an export.";
    HistoryFigures => "查看结果", "Figures";
    HistoryDelete => "删除", "Delete";
    HistoryDeleted => "已删除 {date} 的评估。", "The assessment of {date} was deleted.";
    HistoryUndo => "撤销删除", "Undo";
    // Export and import
    TransferTitle => "导出和导入", "Export and import";
    TransferIntro =>
        "把历史记录保存成文件，可以备份，或搬到另一台设备上再导入。CSV 可以用表格软件打开；JSON 包含全部信息（包括删除记录）。",
        "Save the history as a file to back it up or move it to another device and import it there. CSV opens in spreadsheets; JSON holds everything (deletions included).";
    ExportCsv => "导出 CSV", "Export CSV";
    ExportJson => "导出 JSON", "Export JSON";
    ImportLabel => "导入文件（CSV 或 JSON）", "Import a file (CSV or JSON)";
    ImportRefused =>
        "没有导入“{file}”，已保存的记录没有任何改变。问题如下：",
        "“{file}” was not imported and nothing saved has changed. The problems:";
    ImportMoreErrors => "还有更多问题没有列出。", "There are more problems than listed.";
    ImportRow => "第 {n} 行", "Row {n}";
    ImportWholeFile => "整个文件", "The file";
    ImportColumn => "，“{c}”列", ", column “{c}”";
    ImportValue => "（值为“{v}”）", " (value “{v}”)";
    ImportFirstRow => "（第一次出现在第 {n} 行）", " (first seen in row {n})";
    ImportSummary =>
        "“{file}”可以导入：新增 {added} 条，更新 {updated} 条，相同 {unchanged} 条，有冲突 {conflicting} 条。确认后才会合并。",
        "“{file}” can be imported: {added} new, {updated} updated, {unchanged} unchanged, {conflicting} in conflict. Nothing is merged until you confirm.";
    ImportPreviewCaption => "导入后会发生什么", "What the import would do";
    ImportRowHead => "行", "Row";
    ImportChangeHead => "变化", "Change";
    ImportConflictLegend => "有冲突时保留哪一个？", "Where they differ, keep which?";
    ImportKeepMine => "保留这台设备上的", "Keep the one on this device";
    ImportTakeFile => "使用文件里的", "Use the one in the file";
    ImportConfirm => "确认导入", "Import";
    ImportCancel => "取消", "Cancel";
    ImportDone => "已导入，新增或更新了 {n} 条评估。", "Imported: {n} assessments added or updated.";
    // Report
    ReportTitle => "ALSFRS-R 就诊报告", "ALSFRS-R report for the clinic";
    ReportPrint => "打印或存为 PDF", "Print or save as PDF";
    ReportPrinted => "报告日期", "Report date";
    ReportLatest => "最近一次评估的结果", "Figures of the latest assessment";
}
