//! The timeline's interface strings (`TimelineText => "中文", "English";`).

crate::i18n::catalogue! {
    TimelineText;
    Title => "我的时间线", "My timeline";
    Intro =>
        "把正在用或用过的治疗、化验和检查结果、重要的日子和 ALSFRS-R 评估放在同一张图上，给自己和医生看。所有内容只保存在这台设备上。",
        "Put the treatments you use or used, lab and test results, key dates and your ALSFRS-R assessments on one chart, for yourself and your doctor. Everything stays on this device.";
    NotAdvice =>
        "这不是医疗建议。图上同时出现的变化，不能说明一件事导致了另一件事。",
        "This is not medical advice. Changes that appear together on the chart do not show that one caused the other.";
    AddTitle => "添加记录", "Add a record";
    AddWhat => "要添加什么？", "What to add?";
    WhatIntervention => "治疗或其他干预", "A treatment or other intervention";
    WhatMeasurement => "化验或检查结果", "A lab or test result";
    WhatMilestone => "重要的日子", "A key date";
    Name => "名称", "Name";
    FromCatalogue => "从本应用的治疗列表中选择", "Choose from the app's treatment list";
    OwnName => "自己填写名称", "Type a name";
    ApprovedMedicines => "已获批准的药物", "Approved medicines";
    OtherTreatments => "其他治疗和研究（未获批准）", "Other treatments and research (not approved)";
    OtherName => "名称（自己填写）", "Name (typed)";
    Category => "类别", "Category";
    Dose => "剂量（可不填）", "Dose (optional)";
    Frequency => "频次（可不填）", "How often (optional)";
    Start => "开始日期", "Start date";
    Stop => "停止日期（还在用就不填）", "Stop date (leave empty if still going)";
    Notes => "备注（可不填）", "Notes (optional)";
    Date => "日期", "Date";
    Measure => "项目", "Measurement";
    Value => "数值", "Value";
    Unit => "单位", "Unit";
    Milestone => "哪一天", "Which day";
    OnsetElsewhere => "发病日期只记一次，在自评结果页填写。", "The onset date is kept once, on the self-assessment results page.";
    OnsetLink => "去填写发病日期", "Set the onset date";
    Save => "保存", "Save";
    Saved => "已保存。", "Saved.";
    MissingName => "请选择或填写名称。", "Choose or type a name.";
    MissingDate => "请填写日期（年-月-日）。", "Enter a date (year-month-day).";
    CatMedicine => "药物", "Medicine";
    CatTrial => "临床试验", "Clinical trial";
    CatSupplement => "营养补充剂", "Supplement";
    CatTcm => "中医药", "Traditional Chinese medicine";
    CatTherapy => "康复或其他疗法", "Rehabilitation or other therapy";
    CatDevice => "器械或辅助设备", "Device or aid";
    CatOther => "其他", "Other";
    NflSerum => "血清 NfL", "Serum NfL";
    NflCsf => "脑脊液 NfL", "CSF NfL";
    Fvc => "用力肺活量（FVC，预计值的 %）", "Forced vital capacity (FVC, % of predicted)";
    Weight => "体重", "Weight";
    MsOnset => "发病（第一个症状）", "Symptom onset";
    MsDiagnosis => "确诊", "Diagnosis";
    MsGastrostomy => "胃造瘘", "Gastrostomy";
    MsGastrostomyFrom5b => "胃造瘘（最迟在这次评估时，依据第 5b 题）", "Gastrostomy (by this assessment at the latest, from item 5b)";
    MsNiv => "开始无创通气", "Start of non-invasive ventilation";
    ChartTitle => "时间线图", "Timeline chart";
    ChartDesc => "ALSFRS-R 总分、各项干预的起止和化验结果，按时间排列。下方的表格包含同样的内容。", "The ALSFRS-R total, when each intervention started and stopped, and the results, over time. The table below holds the same content.";
    Period => "时间范围", "Period";
    PeriodAll => "全部", "All";
    PeriodMonths => "最近 {n} 个月", "Last {n} months";
    ShowParts => "同时显示四个部分的分数", "Also show the four part scores";
    Total => "ALSFRS-R 总分", "ALSFRS-R total";
    Interventions => "干预", "Interventions";
    Ongoing => "（仍在进行）", "(ongoing)";
    Nothing => "还没有记录。先做一次自评，或在上面添加一条记录。", "Nothing recorded yet. Take a self-assessment, or add a record above.";
    TableTitle => "按日期排列的全部记录", "Everything, by date";
    ColDate => "日期", "Date";
    ColWhat => "内容", "What";
    ColDetail => "详情", "Details";
    ColAction => "操作", "Action";
    Delete => "删除", "Delete";
    DeleteNamed => "删除：{what}", "Delete: {what}";
    Deleted => "已删除。", "Deleted.";
    Assessment => "ALSFRS-R 评估：总分 {n}", "ALSFRS-R assessment: total {n}";
    Started => "开始：{name}", "Started: {name}";
    Stopped => "停止：{name}", "Stopped: {name}";
    CompareTitle => "开始一项干预前后的变化", "Before and after an intervention started";
    CompareIntro =>
        "对每项干预，比较开始前 12 个月和开始后（到停止为止，最多 12 个月）ALSFRS-R 总分每月的变化。每一边至少需要 3 次日期不同的评估。",
        "For each intervention, the monthly change of the ALSFRS-R total in the 12 months before it started and after it started (until it stopped, at most 12 months). Each side needs at least 3 assessments on different dates.";
    SideBefore =>
        "开始“{name}”之前（{from} 至 {to}）：总分平均每月变化 {slope} 分（标准误 {se}，依据 {n} 次评估）。",
        "Before “{name}” started ({from} to {to}): the total changed by {slope} points a month on average (standard error {se}, from {n} assessments).";
    SideAfter =>
        "开始之后（{from} 至 {to}）：总分平均每月变化 {slope} 分（标准误 {se}，依据 {n} 次评估）。",
        "After it started ({from} to {to}): the total changed by {slope} points a month on average (standard error {se}, from {n} assessments).";
    SideBeforeShort =>
        "开始“{name}”之前（{from} 至 {to}）只有 {n} 次评估；至少需要 3 次、且日期不同，才能算出每月的变化。",
        "Before “{name}” started ({from} to {to}) there are {n} assessments; at least 3, on different dates, are needed for a monthly change.";
    SideAfterShort =>
        "开始之后（{from} 至 {to}）只有 {n} 次评估；至少需要 3 次、且日期不同，才能算出每月的变化。",
        "After it started ({from} to {to}) there are {n} assessments; at least 3, on different dates, are needed for a monthly change.";
    CompareCaveat =>
        "这只是对您自己病程的记录，不能说明差别是“{name}”带来的：病情本身会变化，每次评估也会有出入，同一时期还可能有别的变化。请和您的医生一起看这些数字。",
        "This describes your own course; it does not show that “{name}” caused any difference: the illness changes by itself, one assessment differs from the next, and other things may have changed at the same time. Look at these numbers with your doctor.";
    AlsoInPeriod => "同一时期（{from} 至 {to}）还有：{list}。", "Also in this period ({from} to {to}): {list}.";
    NothingElse => "同一时期（{from} 至 {to}）没有记录其他干预的开始或停止。", "No other intervention is recorded as starting or stopping in this period ({from} to {to}).";
    OtherStarted => "{date} 开始“{name}”", "“{name}” started on {date}";
    OtherStopped => "{date} 停止“{name}”", "“{name}” stopped on {date}";
    OtherMilestone => "{date}：{what}（重要日子）", "{what} on {date}";
    ReportDates => "重要日子", "Key dates";
    ReportValues => "最近的化验和检查结果", "Latest lab and test values";
    DownloadCsv => "下载时间线（CSV）", "Download the timeline (CSV)";
    TransferHint => "时间线也包含在自评历史页的 JSON 导出中；CSV 文件可以在那里导入。", "The timeline is also in the JSON export of the self-assessment history, where CSV files can be imported too.";
}
