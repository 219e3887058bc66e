/// The failure a switched-on fault produces (see `FaultSwitching.setFault`).
struct InjectedFault: Error, CustomStringConvertible {
    let reason: String
    var description: String { "fault switch on: \(reason)" }
}
