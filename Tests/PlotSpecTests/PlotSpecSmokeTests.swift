import Testing
@testable import PlotSpec
