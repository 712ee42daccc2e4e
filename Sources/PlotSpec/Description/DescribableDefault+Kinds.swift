import PlotScales

// The enumerations a key can default to print their spelling in the spec.

extension ShownValue: DescribableDefault {}
extension Landscape: DescribableDefault {}
extension PanelSharing: DescribableDefault {}
extension TrialSampling.Method: DescribableDefault {}
extension LabelStyle: DescribableDefault {}
extension Penalty.Shape: DescribableDefault {}
extension ScaleKind: DescribableDefault {}

extension TickFormat: DescribableDefault {
    public var describedDefault: DefaultValue {
        switch self {
        case .auto: .word("auto")
        case .plain: .word("plain")
        case .scientific: .word("scientific")
        case .power: .word("power")
        case .percent: .word("percent")
        case .pattern(let pattern): .word(pattern.text)
        }
    }
}
