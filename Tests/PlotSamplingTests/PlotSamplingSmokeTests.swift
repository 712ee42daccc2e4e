import Testing
@testable import PlotSampling
