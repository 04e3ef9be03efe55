// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Malbild",
    products: [
        .executable(name: "malbild", targets: ["malbild"]),
    ],
    targets: [
        // libedit's header only: the library is loaded when lines are first edited at a terminal.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            providers: [.apt(["libedit-dev"])]
        ),
        // libpq's header only: the library is loaded when a connection is first made.
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "MalbildCore"),
        .target(name: "MalbildStore", dependencies: ["MalbildCore"]),
        .target(name: "MalbildPostgres", dependencies: ["MalbildCore", "MalbildStore", "CLibPQ"]),
        .target(name: "MalbildReport", dependencies: ["MalbildCore"]),
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        .target(
            name: "MalbildShell",
            dependencies: ["MalbildCore", "MalbildStore", "MalbildReport", "MalbildPostgres", "LineEditing"]
        ),
        .executableTarget(
            name: "malbild",
            dependencies: ["MalbildShell", "LineEditing"]
        ),
        .testTarget(name: "MalbildCoreTests", dependencies: ["MalbildCore"]),
        .testTarget(name: "MalbildStoreTests", dependencies: ["MalbildStore", "MalbildCore"]),
        .testTarget(name: "MalbildShellTests", dependencies: ["MalbildShell", "MalbildCore", "MalbildStore"]),
        .target(name: "PostgresTestSupport", dependencies: ["MalbildPostgres"], path: "Tests/PostgresTestSupport"),
        .testTarget(name: "MalbildPostgresTests", dependencies: ["MalbildPostgres", "MalbildStore", "MalbildCore", "PostgresTestSupport"]),
        .testTarget(name: "MalbildReportTests", dependencies: ["MalbildReport", "MalbildCore"], exclude: ["Golden"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "TranscriptTests", dependencies: ["malbild"]),
        .executableTarget(name: "NewsReaderProbe", dependencies: ["LineEditing"], path: "Tests/NewsReaderProbe"),
        .testTarget(name: "TerminalTests", dependencies: ["malbild", "NewsReaderProbe", "CEditLine", "PostgresTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
