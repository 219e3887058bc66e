/// Reads resolved resource properties, naming the line of any value of the wrong kind.
struct PropertyReader {
    let resolver: IntrinsicResolver
    let properties: TemplateNode?
    let resource: String

    func node(_ key: String) -> TemplateNode? { properties?[key] }

    func value(_ key: String) throws(TemplateError) -> ResolvedValue? {
        guard let node = node(key) else { return nil }
        let value = try resolver.resolve(node)
        return value == .noValue ? nil : value
    }

    func string(_ key: String) throws(TemplateError) -> String? {
        guard let node = node(key), let value = try value(key) else { return nil }
        guard let text = value.text else { throw TemplateError("\(resource).\(key) must be a string", line: node.line) }
        return text
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(TemplateError) -> Int? {
        guard let node = node(key), let text = try string(key) else { return nil }
        guard let number = Int(text) else { throw TemplateError("\(resource).\(key) must be a whole number, got '\(text)'", line: node.line) }
        guard range.contains(number) else {
            throw TemplateError("\(resource).\(key) must be between \(range.lowerBound) and \(range.upperBound), got \(number)", line: node.line)
        }
        return number
    }

    func stringMap(_ value: ResolvedValue?, key: String) throws(TemplateError) -> [String: String] {
        guard let value else { return [:] }
        guard let map = value.mapValue else { throw TemplateError("\(resource).\(key) must be a mapping", line: node(key)?.line) }
        var result: [String: String] = [:]
        for (name, entry) in map {
            guard let text = entry.text else { throw TemplateError("\(resource).\(key).\(name) must be a string", line: node(key)?.line) }
            result[name] = text
        }
        return result
    }
}

/// `AWS::Serverless::Function` with the template's `Globals.Function` merged underneath.
struct FunctionReader {
    let resolver: IntrinsicResolver
    let queueByARN: [String: String]
    let globals: [String: ResolvedValue]

    func read(id: String, name: String, node: TemplateNode) throws(TemplateError) -> FunctionDefinition {
        let reader = PropertyReader(resolver: resolver, properties: node["Properties"], resource: id)
        func merged(_ key: String) throws(TemplateError) -> ResolvedValue? {
            try reader.value(key) ?? globals[key]
        }
        func mergedInt(_ key: String, _ range: ClosedRange<Int>) throws(TemplateError) -> Int? {
            if reader.node(key) != nil { return try reader.integer(key, in: range) }
            guard let text = globals[key]?.text else { return nil }
            guard let number = Int(text), range.contains(number) else {
                throw TemplateError("Globals.Function.\(key) must be between \(range.lowerBound) and \(range.upperBound)", line: nil)
            }
            return number
        }
        var environment = try reader.stringMap(globals["Environment"]?.mapValue?["Variables"], key: "Environment")
        if let own = try reader.value("Environment")?.mapValue?["Variables"] {
            environment.merge(try reader.stringMap(own, key: "Environment"), uniquingKeysWith: { $1 })
        }
        var functionURL: FunctionDefinition.FunctionURL?
        if let config = try merged("FunctionUrlConfig")?.mapValue {
            let mode = config["InvokeMode"]?.text ?? "BUFFERED"
            guard ["BUFFERED", "RESPONSE_STREAM"].contains(mode) else {
                throw TemplateError("\(id).FunctionUrlConfig.InvokeMode must be BUFFERED or RESPONSE_STREAM", line: reader.node("FunctionUrlConfig")?.line)
            }
            functionURL = .init(authType: config["AuthType"]?.text ?? "AWS_IAM", invokeMode: mode)
        }
        let architectures = try merged("Architectures")?.listValue?.compactMap(\.text) ?? ["x86_64"]
        var events: [FunctionEvent] = []
        for (eventName, eventNode) in reader.node("Events")?.map ?? [] {
            events.append(try readEvent(function: id, name: eventName, node: eventNode))
        }
        return FunctionDefinition(
            logicalId: id, name: name, codeUri: try merged("CodeUri")?.text, handler: try merged("Handler")?.text,
            runtime: try merged("Runtime")?.text, architectures: architectures,
            timeout: try mergedInt("Timeout", 1...900) ?? 3, memorySize: try mergedInt("MemorySize", 128...10240) ?? 128,
            environment: environment,
            reservedConcurrentExecutions: try mergedInt("ReservedConcurrentExecutions", 0...10000),
            functionURL: functionURL, events: events, line: node.line)
    }

    private func readEvent(function: String, name: String, node: TemplateNode) throws(TemplateError) -> FunctionEvent {
        let label = "\(function).Events.\(name)"
        guard let type = node["Type"]?.string else { throw TemplateError("\(label) has no Type", line: node.line) }
        let reader = PropertyReader(resolver: resolver, properties: node["Properties"], resource: label)
        switch type {
        case "SQS":
            guard let arnNode = reader.node("Queue"), let arn = try reader.string("Queue") else {
                throw TemplateError("\(label).Queue is required", line: node.line)
            }
            guard let queue = queueByARN[arn] else {
                throw TemplateError("\(label).Queue '\(arn)' is not a queue of this template", line: arnNode.line)
            }
            let scaling = try reader.value("ScalingConfig")?.mapValue
            var maximumConcurrency: Int?
            if let text = scaling?["MaximumConcurrency"]?.text {
                guard let value = Int(text), (2...1000).contains(value) else {
                    throw TemplateError("\(label).ScalingConfig.MaximumConcurrency must be between 2 and 1000", line: reader.node("ScalingConfig")?.line)
                }
                maximumConcurrency = value
            }
            let batchSize = try reader.integer("BatchSize", in: 1...10000) ?? 10
            let window = try reader.integer("MaximumBatchingWindowInSeconds", in: 0...300) ?? 0
            if batchSize > 10 && window == 0 {
                throw TemplateError("\(label).BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1", line: reader.node("BatchSize")?.line)
            }
            let responseTypes = try reader.value("FunctionResponseTypes")?.listValue?.compactMap(\.text) ?? []
            if let unknown = responseTypes.first(where: { $0 != "ReportBatchItemFailures" }) {
                throw TemplateError("\(label).FunctionResponseTypes: unknown value '\(unknown)'", line: reader.node("FunctionResponseTypes")?.line)
            }
            return .sqs(.init(
                name: name, queue: queue, batchSize: batchSize, maximumBatchingWindowInSeconds: window,
                functionResponseTypes: responseTypes, maximumConcurrency: maximumConcurrency,
                enabled: try reader.value("Enabled").map { $0 != .bool(false) && $0.text != "false" } ?? true))
        case "HttpApi":
            return .httpAPI(.init(
                name: name, path: try reader.string("Path") ?? "$default", method: (try reader.string("Method") ?? "ANY").uppercased()))
        default:
            throw TemplateError("\(label): event type \(type) is not supported by local-runtime (SQS and HttpApi are)", line: node["Type"]?.line ?? node.line)
        }
    }
}

/// `AWS::SQS::Queue`: its CreateQueue attributes, redrive policy resolved to the local ARN.
struct QueueReader {
    let resolver: IntrinsicResolver
    let queueByARN: [String: String]

    static let numericAttributes: [(String, ClosedRange<Int>)] = [
        ("VisibilityTimeout", 0...43_200), ("MessageRetentionPeriod", 60...1_209_600), ("DelaySeconds", 0...900),
        ("MaximumMessageSize", 1024...1_048_576), ("ReceiveMessageWaitTimeSeconds", 0...20),
        ("KmsDataKeyReusePeriodSeconds", 60...86_400),
    ]

    func read(id: String, name: String, node: TemplateNode) throws(TemplateError) -> QueueDefinition {
        let reader = PropertyReader(resolver: resolver, properties: node["Properties"], resource: id)
        var attributes: [String: String] = [:]
        for (key, range) in Self.numericAttributes {
            if let value = try reader.integer(key, in: range) { attributes[key] = String(value) }
        }
        for key in ["FifoQueue", "ContentBasedDeduplication", "SqsManagedSseEnabled"] {
            if let value = try reader.string(key) { attributes[key] = value.lowercased() }
        }
        if attributes["FifoQueue"] == "true" && !name.hasSuffix(".fifo") {
            throw TemplateError("\(id): a FIFO queue's name must end in .fifo", line: node.line)
        }
        var deadLetterQueue: String?
        var maxReceiveCount: Int?
        if let policyNode = reader.node("RedrivePolicy"), let policy = try reader.value("RedrivePolicy") {
            let map = try Self.jsonObject(policy, line: policyNode.line, label: "\(id).RedrivePolicy")
            guard let arn = map["deadLetterTargetArn"]?.text, let count = map["maxReceiveCount"]?.text.flatMap(Int.init) else {
                throw TemplateError("\(id).RedrivePolicy needs deadLetterTargetArn and maxReceiveCount", line: policyNode.line)
            }
            guard let target = queueByARN[arn] else {
                throw TemplateError("\(id).RedrivePolicy target '\(arn)' is not a queue of this template", line: policyNode.line)
            }
            guard (1...1000).contains(count) else {
                throw TemplateError("\(id).RedrivePolicy maxReceiveCount must be between 1 and 1000", line: policyNode.line)
            }
            deadLetterQueue = target
            maxReceiveCount = count
            attributes["RedrivePolicy"] = "{\"deadLetterTargetArn\":\"\(arn)\",\"maxReceiveCount\":\(count)}"
        }
        if let allowNode = reader.node("RedriveAllowPolicy"), let allow = try reader.value("RedriveAllowPolicy") {
            attributes["RedriveAllowPolicy"] = try Self.jsonText(Self.jsonObject(allow, line: allowNode.line, label: "\(id).RedriveAllowPolicy"))
        }
        var tags: [String: String] = [:]
        for entry in try reader.value("Tags")?.listValue ?? [] {
            guard let map = entry.mapValue, let key = map["Key"]?.text, let value = map["Value"]?.text else {
                throw TemplateError("\(id).Tags entries need Key and Value", line: reader.node("Tags")?.line)
            }
            tags[key] = value
        }
        return QueueDefinition(
            logicalId: id, name: name, attributes: attributes, deadLetterQueue: deadLetterQueue,
            maxReceiveCount: maxReceiveCount, tags: tags, line: node.line)
    }

    /// Policies may be written as a mapping or as a JSON string.
    private static func jsonObject(_ value: ResolvedValue, line: Int, label: String) throws(TemplateError) -> [String: ResolvedValue] {
        if let map = value.mapValue { return map }
        if let text = value.text, let node = try? TemplateNode.parse(text), let map = try? IntrinsicResolver().resolve(node).mapValue {
            return map
        }
        throw TemplateError("\(label) must be a mapping or a JSON object", line: line)
    }

    private static func jsonText(_ map: [String: ResolvedValue]) -> String {
        func encode(_ value: ResolvedValue) -> String {
            switch value {
            case .string(let text): "\"\(text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
            case .number(let text): text
            case .bool(let flag): flag ? "true" : "false"
            case .list(let items): "[" + items.map(encode).joined(separator: ",") + "]"
            case .map(let entries): "{" + entries.keys.sorted().map { "\"\($0)\":" + encode(entries[$0]!) }.joined(separator: ",") + "}"
            case .null, .noValue: "null"
            }
        }
        return encode(.map(map))
    }
}
