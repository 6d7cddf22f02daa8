using Vigil.App.Pages.Shared;
using Vigil.Forecasting;

namespace Vigil.App.Pages.Forecasts;

/// <summary>The forecast pages' words in English and Simplified Chinese.</summary>
public static class ForecastText
{
    public static readonly LocalizedText Watchlist = new("Forecast watchlist", "预测观察名单");
    public static readonly LocalizedText Intro = new(
        "Probability that a new mass killing begins within two years, from the Early Warning Project's public data. A statistical signal for analysts, not a judgement: compare it with the Framework assessment.",
        "根据“早期预警项目”公开数据估计的两年内开始新的大规模杀戮的概率。这是供分析人员参考的统计信号，而非结论：请与框架评估对照。");
    public static readonly LocalizedText NoRun = new("No forecast is stored yet. Run: vigil forecast run --data FILE_OR_URL", "尚无预测。请运行：vigil forecast run --data 文件或网址");
    public static readonly LocalizedText Rank = new("Rank", "排名");
    public static readonly LocalizedText MapTitle = new("World map of the forecasts, coloured by rank", "按排名着色的预测世界地图");
    public static readonly LocalizedText NoMap = new(
        "The world map is not available: its country shapes (npm package world-atlas) were not fetched when Vigil was built. The table below lists every forecast.",
        "世界地图不可用：构建 Vigil 时未能获取国家边界数据（npm 包 world-atlas）。下表列出全部预测。");
    public static readonly LocalizedText Band1 = new("Top 10", "前 10");
    public static readonly LocalizedText Band2 = new("11–30", "11–30");
    public static readonly LocalizedText Band3 = new("31–60", "31–60");
    public static readonly LocalizedText Band4 = new("Beyond 60", "60 名之后");
    public static readonly LocalizedText BandNone = new("No forecast", "无预测");
    public static readonly LocalizedText MapSource = new("Borders: Natural Earth 1:110m (public domain), via world-atlas.", "边界：Natural Earth 1:110m（公有领域），经 world-atlas 提供。");
    public static readonly LocalizedText Country = new("Country", "国家");
    public static readonly LocalizedText Risk = new("Risk (2 years)", "风险（两年）");
    public static readonly LocalizedText PastRuns = new("Past runs", "历次运行");
    public static readonly LocalizedText RankChange = new("Places moved up (▲, more risk) or down (▼) since the previous run", "与上次运行相比排名上升（▲，风险更高）或下降（▼）的位数");
    public static readonly LocalizedText Up = new("Pushing risk up", "推高风险的因素");
    public static readonly LocalizedText Down = new("Pushing risk down", "降低风险的因素");
    public static readonly LocalizedText Search = new("Country name", "国家名称");
    public static readonly LocalizedText MinRisk = new("Minimum risk (%)", "最低风险（%）");
    public static readonly LocalizedText Top = new("Show first", "显示前");
    public static readonly LocalizedText Filter = new("Filter", "筛选");
    public static readonly LocalizedText Region = new("Region", "地区");
    public static readonly LocalizedText AllRegions = new("All regions", "所有地区");
    public static readonly LocalizedText Run = new("Run", "运行");
    public static readonly LocalizedText DataYear = new("data year", "数据年份");
    public static readonly LocalizedText ModelCard = new("Model card", "模型说明");
    public static readonly LocalizedText History = new("Risk over past runs", "历次运行中的风险");
    public static readonly LocalizedText Created = new("Created (UTC)", "创建时间（UTC）");
    public static readonly LocalizedText Model = new("Model", "模型");
    public static readonly LocalizedText NotFound = new("No stored forecast for this country.", "该国没有已存储的预测。");
    public static readonly LocalizedText Predictor = new("Predictor", "预测变量");
    public static readonly LocalizedText Value = new("Value", "取值");
    public static readonly LocalizedText Effect = new("Effect (log-odds)", "影响（对数几率）");
    public static readonly LocalizedText RiskFactors = new("Framework risk factors", "框架风险因素");
    public static readonly LocalizedText Data = new("Data", "数据");
    public static readonly LocalizedText Target = new("Target", "预测目标");
    public static readonly LocalizedText Protocol = new("Backtest protocol", "回测方法");
    public static readonly LocalizedText Figures = new("Out-of-sample figures (1994–2024, 39 onsets)", "样本外表现（1994–2024年，39次开始）");
    public static readonly LocalizedText AucInterval = new("AUC, 95 % interval", "AUC 的 95% 区间");
    public static readonly LocalizedText RecallInterval = new("Recall@30, 95 % interval", "Recall@30 的 95% 区间");
    public static readonly LocalizedText Uncertainty = new("How certain these figures are", "这些数字的确定程度");
    public static readonly LocalizedText UncertaintyText = new(
        "Intervals come from redrawing the 31 evaluated years with replacement 2,000 times (vigil forecast backtest). Against the replica on the same country-years (vigil forecast compare), the default {1} changes AUC by {2} (95 % interval {3} to {4}) and recall@30 by {5} ({6} to {7}); {8} onsets were in the top 30 of their year only by {0}, {9} only by {1} (exact McNemar p = {10}). With 39 onsets, differences of this size between models cannot be told from chance.",
        "区间来自对 31 个评估年份进行 2,000 次有放回重抽样（vigil forecast backtest）。在相同的国家-年份上与复制模型对比（vigil forecast compare），默认模型 {1} 使 AUC 变化 {2}（95% 区间 {3} 至 {4}），recall@30 变化 {5}（{6} 至 {7}）；有 {8} 次开始仅被 {0} 排入当年前 30 名，{9} 次仅被 {1} 排入（精确 McNemar 检验 p = {10}）。只有 39 次开始，模型之间这种规模的差异无法与偶然区分。");
    public static readonly LocalizedText OpenAlerts = new("{0} open alert(s) from the watchlist", "来自观察名单的未关闭警报：{0} 条");
    public static readonly LocalizedText Limits = new("Known limits", "已知局限");
    public static readonly LocalizedText Mapping = new("Predictors and the risk factors they measure", "预测变量及其对应的风险因素");
    public static readonly LocalizedText Nav = new("Forecasts", "预测");
    public static readonly LocalizedText Assessment = new("Latest Framework assessment", "最新框架评估");
    public static readonly LocalizedText NoAssessment = new("No assessment of this country yet:", "尚无对该国的评估：");
    public static readonly LocalizedText ModelHigh = new(
        "Disagreement: the model ranks this country among the 30 most at risk, but the latest assessment's level is low. Look again.",
        "分歧：模型将该国列入风险最高的30个国家之一，但最新评估的等级为低。请重新审视。");
    public static readonly LocalizedText ModelLow = new(
        "Disagreement: the latest assessment's level is high, but the model ranks this country outside the 80 most at risk. Look again.",
        "分歧：最新评估的等级为高，但模型将该国排在风险最高的80个国家之外。请重新审视。");
    public static readonly LocalizedText ByFactor = new("Explanation by Framework risk factor", "按框架风险因素解释");
    public static readonly LocalizedText ByFactorHint = new(
        "The net push, in log-odds, of the predictors that measure each risk factor (positive raises the risk). A predictor that measures two factors counts in both.",
        "衡量各风险因素的预测变量的净影响（对数几率，正值表示推高风险）。同时衡量两个因素的预测变量在两处都计入。");
    public static readonly LocalizedText RiskFactor = new("Risk factor", "风险因素");
    public static readonly LocalizedText NetEffect = new("Net effect (log-odds)", "净影响（对数几率）");
    public static readonly LocalizedText Predictors = new("Predictors", "预测变量");
    public static readonly LocalizedText NotMeasured = new(
        "Not seen by the model (no predictor measures them; only an assessment can):",
        "模型看不到以下因素（没有预测变量衡量它们，只能通过评估判断）：");
    public static readonly LocalizedText NoEffect = new("Its predictors have no effect on this forecast.", "其预测变量对本次预测没有影响。");
    public static readonly LocalizedText ByPredictor = new("Predictors with the largest effects", "影响最大的预测变量");
    public static readonly LocalizedText Beside = new("Statistical forecast", "统计预测");
    public static readonly LocalizedText BesideTitle = new("Statistical forecast of a new mass killing", "新的大规模杀戮的统计预测");
    /// <summary>Follows <see cref="Beside"/> or <see cref="BesideTitle"/> directly: English wants the space, Chinese full-width brackets do not.</summary>
    public static readonly LocalizedText BesideRun = new(" (model {0}, data year {1}, run {2}):", "（模型 {0}，数据年份 {1}，运行于 {2}）：");
    public static readonly LocalizedText BesideNote = new("Context only: it never changes this assessment or its scores.", "仅供参考：不会改变本评估及其评分。");
    public static readonly LocalizedText FactorUp = new("this factor pushes the country's risk up by {0} on the log-odds scale", "该因素使该国风险上升 {0}（对数几率）");
    public static readonly LocalizedText FactorDown = new("this factor pushes the country's risk down by {0} on the log-odds scale", "该因素使该国风险下降 {0}（对数几率）");
    public static readonly LocalizedText FactorPredictors = new("Predictors:", "预测变量：");
    public static readonly LocalizedText FactorMore = new(", and {0} more", "，另有 {0} 个");
    public static readonly LocalizedText ListSeparator = new(", ", "、");
    public static readonly LocalizedText FactorDetails = new("forecast details", "预测详情");
    public static readonly LocalizedText FactorBlind = new(
        "Statistical forecast: the model cannot see this factor (no predictor measures it); only the assessment can.",
        "统计预测：模型看不到该因素（没有预测变量衡量它），只能通过评估判断。");
    public static readonly LocalizedText Source = new("Source: United States Holocaust Memorial Museum, Early Warning Project.", "来源：美国大屠杀纪念馆“早期预警项目”。");

    /// <summary>Why model and assessment are flagged as disagreeing (the countries list, the assessment pages); null when they agree.</summary>
    public static string? Disagreement(DisagreementKind kind) => kind switch
    {
        DisagreementKind.ModelHighAssessmentLow => UiText.T("countries.disagreeHigh"),
        DisagreementKind.ModelLowAssessmentHigh => UiText.T("countries.disagreeLow"),
        _ => null,
    };
}
