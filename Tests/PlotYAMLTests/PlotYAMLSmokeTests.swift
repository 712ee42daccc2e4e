import Testing
@testable import PlotYAML
