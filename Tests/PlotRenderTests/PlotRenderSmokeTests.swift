import Testing
@testable import PlotRender
