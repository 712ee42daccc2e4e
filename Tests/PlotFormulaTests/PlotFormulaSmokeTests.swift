import Testing
@testable import PlotFormula
