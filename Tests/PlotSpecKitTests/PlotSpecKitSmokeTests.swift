import Testing
@testable import PlotSpecKit
