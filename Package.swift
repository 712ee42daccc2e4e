// swift-tools-version: 6.0
import PackageDescription

// The folders follow the pipeline: YAML text → node tree → FigureSpec → sample table → Scene → Cairo.
// Each stage is its own target so the compiler enforces that it only sees the stages before it.
let package = Package(
    name: "plotspec",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plotspec", targets: ["plotspec"]),
        .library(name: "PlotSpecKit", targets: ["PlotSpecKit"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Test-only: the reference CSV parser PlotData's own reader is checked against (benchmarks/README.md).
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0")
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),

        // Parallel loops and locked state: the one place plotspec vouches for unchecked Sendable.
        .target(name: "PlotConcurrency"),
        .target(name: "PlotDiagnostics", dependencies: ["PlotConcurrency"]),
        .target(name: "PlotYAML", dependencies: ["CYAML", "PlotDiagnostics"]),
        .target(name: "PlotFormula", dependencies: ["PlotDiagnostics", "PlotConcurrency"]),
        .target(name: "PlotScales"),
        .target(
            name: "PlotSpec", dependencies: ["PlotDiagnostics", "PlotYAML", "PlotFormula", "PlotScales", "PlotData"]),
        .target(name: "PlotSampling", dependencies: ["PlotSpec", "PlotFormula", "PlotConcurrency"]),
        .target(name: "PlotScene"),
        .target(
            name: "PlotLayout",
            dependencies: [
                "PlotSpec", "PlotFormula", "PlotSampling", "PlotScales", "PlotScene", "PlotConcurrency"
            ]),
        .target(name: "PlotRender", dependencies: ["CCairo", "CPango", "CZlib", "PlotScene", "PlotConcurrency"]),
        .target(
            name: "PlotSpecKit",
            dependencies: [
                "PlotDiagnostics", "PlotYAML", "PlotFormula", "PlotSpec", "PlotSampling",
                "PlotScales", "PlotScene", "PlotLayout", "PlotRender"
            ]),
        .executableTarget(
            name: "plotspec",
            dependencies: [
                "PlotSpecKit", "PlotDiagnostics", "PlotConcurrency", "PlotWatch", "PlotPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),

        // libFuzzer target (see docs/fuzzing.md). A normal build links its main.swift, which replays files.
        .executableTarget(
            name: "PlotSpecFuzz",
            dependencies: [
                "PlotDiagnostics", "PlotYAML", "PlotFormula", "PlotSpec", "PlotSampling",
                "PlotLayout", "PlotRender", "PlotSpecKit"
            ]),

        // Golden-file comparison and re-recording for the test targets (docs/testing.md).
        .target(name: "PlotTestSupport", path: "Tests/PlotTestSupport"),
        .testTarget(name: "PlotDiagnosticsTests", dependencies: ["PlotDiagnostics"]),
        .testTarget(name: "PlotYAMLTests", dependencies: ["PlotYAML"]),
        .testTarget(name: "PlotFormulaTests", dependencies: ["PlotFormula"]),
        .testTarget(name: "PlotScalesTests", dependencies: ["PlotScales"]),
        .testTarget(
            name: "PlotSpecTests",
            dependencies: ["PlotSpec", "PlotFormula", "PlotDiagnostics", "PlotTestSupport"],
            exclude: ["Cases", "IRGoldens"]),
        .testTarget(name: "PlotSamplingTests", dependencies: ["PlotSampling", "PlotSpec", "PlotYAML"]),
        .testTarget(name: "PlotRenderTests", dependencies: ["PlotRender", "PlotScene", "CCairo"]),
        .testTarget(
            name: "PlotLayoutTests",
            dependencies: [
                "PlotLayout", "PlotRender", "PlotSpec", "PlotSampling", "PlotYAML", "PlotScene", "PlotTestSupport",
                "PlotConcurrency"
            ], exclude: ["Goldens"]),
        .testTarget(
            name: "PlotSpecKitTests",
            dependencies: ["PlotSpecKit", "PlotRender", "PlotSpec", "PlotScene", "CCairo", "PlotTestSupport"],
            exclude: ["ValidateCorpus"]),

        // Watching spec files for `render --watch` (inotify on Linux, polling elsewhere; docs/architecture.md).
        .target(name: "PlotWatch", dependencies: ["PlotConcurrency"]),
        .testTarget(name: "PlotWatchTests", dependencies: ["PlotWatch", "PlotConcurrency"]),

        // Reading real trial data (CSV, JSON Lines, W&B exports, Optuna's SQLite storage) into trial tables.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "PlotData", dependencies: ["PlotDiagnostics", "CSQLite"]),
        .testTarget(
            name: "PlotDataTests",
            dependencies: ["PlotData", "PlotDiagnostics", "CSQLite", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Fixtures"]),
        .executableTarget(name: "plotspec-data-bench", dependencies: ["PlotData"], path: "benchmarks/DataBench"),

        // `plotspec preview`: the local web server on Hummingbird 2 (docs/architecture.md "Preview server").
        .target(
            name: "PlotPreview",
            dependencies: [
                "PlotSpecKit", "PlotWatch", "PlotDiagnostics", "PlotConcurrency", "PlotSpec", "PlotSampling",
                "PlotLayout", "PlotRender", "PlotScene", "PlotScales",
                .product(name: "Hummingbird", package: "hummingbird")
            ]),
        .testTarget(
            name: "PlotPreviewTests",
            dependencies: [
                "PlotPreview", "PlotSpecKit", "PlotWatch",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird")
            ])
    ],
    swiftLanguageModes: [.v6]
)
