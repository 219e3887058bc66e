// Measures the Lambda emulator: warm invocation round trips through the Runtime API and cold starts
// (exec to first /next), for a Swift handler and a Python handler under awslambdaric, side by side.
// Run through Benchmarks/lambda/run.sh.
import Foundation
import LambdaEmulator

struct Options {
    var binDirectory = ".build/release"
    var pythonFolder = "Tests/blackbox/lambda/fixtures/pyfunc"
    var minimalFolder = ".build/minimal-runtime"
    var warmIterations = 2000
    var coldRuns = 10

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            guard let value = iterator.next() else { break }
            switch flag {
            case "--bin-dir": binDirectory = value
            case "--python-folder": pythonFolder = value
            case "--minimal-folder": minimalFolder = value
            case "--warm": warmIterations = Int(value) ?? warmIterations
            case "--cold": coldRuns = Int(value) ?? coldRuns
            default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
            }
        }
    }
}

struct Sample {
    var values: [Double]

    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.down)))]
    }
}

extension Duration {
    var microseconds: Double { Double(components.seconds) * 1e6 + Double(components.attoseconds) / 1e12 }
}

let options = Options(arguments: CommandLine.arguments)
let console = Console(handle: FileHandle(forWritingAtPath: "/dev/null")!)

func configuration(_ name: String, executable: String, taskRoot: String, handler: String?) -> FunctionConfiguration {
    FunctionConfiguration(
        name: name, arn: "arn:aws:lambda:us-east-1:000000000000:function:\(name)",
        located: .init(executable: URL(fileURLWithPath: executable), taskRoot: URL(fileURLWithPath: taskRoot)),
        handler: handler, timeoutSeconds: 30, concurrency: 1)
}

let swift = configuration(
    "swift-echo", executable: options.binDirectory + "/RuntimeEcho", taskRoot: options.binDirectory, handler: nil)
let python = configuration(
    "python-echo", executable: options.pythonFolder + "/bootstrap", taskRoot: options.pythonFolder, handler: "handler.identity")

let minimal = configuration(
    "minimal-echo", executable: options.minimalFolder + "/bootstrap", taskRoot: options.minimalFolder, handler: nil)

func invokeOnce(_ pool: FunctionPool) async throws -> Duration {
    let started = ContinuousClock.now
    guard case .success = await pool.invoke(Invocation(payload: Array(#"{"k":"v"}"#.utf8))).collect() else {
        throw CancellationError()
    }
    return ContinuousClock.now - started
}

func warm(_ function: FunctionConfiguration) async throws -> Sample {
    let pool = FunctionPool(configuration: function, console: console)
    for _ in 0..<200 { _ = try await invokeOnce(pool) }
    var values: [Double] = []
    for _ in 0..<options.warmIterations { values.append(try await invokeOnce(pool).microseconds) }
    await pool.shutdown()
    return Sample(values: values)
}

func cold(_ function: FunctionConfiguration) async throws -> (initialize: Sample, firstInvoke: Sample) {
    var initialize: [Double] = []
    var first: [Double] = []
    for _ in 0..<options.coldRuns {
        let pool = FunctionPool(configuration: function, console: console)
        first.append(try await invokeOnce(pool).microseconds)
        // The init duration is recorded by the pool a moment after the first /next.
        var durations = pool.initDurations
        while durations.isEmpty {
            try await Task.sleep(for: .milliseconds(1))
            durations = pool.initDurations
        }
        initialize.append(durations[0].microseconds)
        await pool.shutdown()
    }
    return (Sample(values: initialize), Sample(values: first))
}

func row(_ label: String, _ values: Double..., scale: Double = 1, digits: Int = 0) -> String {
    let format = "%.\(digits)f"
    return label.padding(toLength: 40, withPad: " ", startingAt: 0)
        + zip(values, widths).map { String(format: format, $0 / scale).leftPadded($1) }.joined()
}

let widths = [22, 24, 25]

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

let swiftWarm = try await warm(swift)
let pythonWarm = try await warm(python)
let minimalWarm = try await warm(minimal)
let swiftCold = try await cold(swift)
let pythonCold = try await cold(python)

print("Lambda emulator benchmark: \(options.warmIterations) warm invocations, \(options.coldRuns) cold starts, loopback")
print("".padding(toLength: 40, withPad: " ", startingAt: 0)
    + zip(["swift (RuntimeEcho)", "python (awslambdaric)", "minimal socket runtime"], widths).map { $0.leftPadded($1) }.joined())
print(row("warm round trip p50 (µs)", swiftWarm.percentile(0.5), pythonWarm.percentile(0.5), minimalWarm.percentile(0.5)))
print(row("warm round trip p90 (µs)", swiftWarm.percentile(0.9), pythonWarm.percentile(0.9), minimalWarm.percentile(0.9)))
print(row("warm round trip p99 (µs)", swiftWarm.percentile(0.99), pythonWarm.percentile(0.99), minimalWarm.percentile(0.99)))
print(row("cold start exec→first /next p50 (ms)", swiftCold.initialize.percentile(0.5), pythonCold.initialize.percentile(0.5), scale: 1000, digits: 1))
print(row("cold start exec→first /next max (ms)", swiftCold.initialize.percentile(1), pythonCold.initialize.percentile(1), scale: 1000, digits: 1))
print(row("cold first invocation p50 (ms)", swiftCold.firstInvoke.percentile(0.5), pythonCold.firstInvoke.percentile(0.5), scale: 1000, digits: 1))
