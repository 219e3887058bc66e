/// A SAM template read for local use: parameters resolved (defaults, then overrides), conditions
/// evaluated, Globals merged into each function, intrinsic functions evaluated with local names.
package struct Template: Sendable {
    package let parameters: [TemplateParameter]
    package let parameterValues: [String: String]
    package let functions: [FunctionDefinition]
    package let queues: [QueueDefinition]
    package let unsupported: [UnsupportedResource]

    /// Where names resolve to: queue URLs and ARNs the local services answer to.
    package struct Environment: Sendable {
        package var region: String
        package var accountId: String
        package var stackName: String
        /// Base URL of the queue service, e.g. http://127.0.0.1:9324.
        package var queueEndpoint: String

        package init(region: String = "us-east-1", accountId: String = "000000000000", stackName: String = "recordline",
                    queueEndpoint: String = "http://127.0.0.1:9324") {
            self.region = region
            self.accountId = accountId
            self.stackName = stackName
            self.queueEndpoint = queueEndpoint
        }

        func queueURL(_ name: String) -> String { "\(queueEndpoint)/\(accountId)/\(name)" }
        func queueARN(_ name: String) -> String { "arn:aws:sqs:\(region):\(accountId):\(name)" }
        func functionARN(_ name: String) -> String { "arn:aws:lambda:\(region):\(accountId):function:\(name)" }
    }

    static let emulatedTypes: Set<String> = ["AWS::Serverless::Function", "AWS::SQS::Queue"]

    package init(yaml: String, overrides: [String: String] = [:], environment: Environment = Environment()) throws(TemplateError) {
        let root = try TemplateNode.parse(yaml)
        guard root.map != nil else { throw TemplateError("the template must be a mapping", line: root.line) }
        guard let resources = root["Resources"]?.map, !resources.isEmpty else {
            throw TemplateError("the template has no Resources", line: root["Resources"]?.line ?? root.line)
        }

        // Parameters: defaults, then overrides; every parameter needs a value.
        var parameters: [TemplateParameter] = []
        var values: [String: String] = [:]
        for (name, node) in root["Parameters"]?.map ?? [] {
            let parameter = TemplateParameter(
                name: name, type: node["Type"]?.string ?? "String", defaultValue: node["Default"]?.string,
                noEcho: node["NoEcho"]?.string.map { $0.lowercased() == "true" } ?? false,
                allowedValues: (node["AllowedValues"].flatMap { if case .list(let items) = $0.kind { items.compactMap(\.string) } else { nil } }) ?? [])
            parameters.append(parameter)
            guard let value = overrides[name] ?? parameter.defaultValue else {
                throw TemplateError("parameter '\(name)' has no Default and no override was given", line: node.line)
            }
            if !parameter.allowedValues.isEmpty && !parameter.allowedValues.contains(value) {
                throw TemplateError("parameter '\(name)' must be one of \(parameter.allowedValues.joined(separator: ", ")), got '\(value)'", line: node.line)
            }
            values[name] = value
        }
        if let unknown = overrides.keys.sorted().first(where: { values[$0] == nil }) {
            throw TemplateError("override for unknown parameter '\(unknown)'", line: nil)
        }

        var resolver = IntrinsicResolver(parameters: values, pseudo: [
            "AWS::Region": environment.region, "AWS::AccountId": environment.accountId,
            "AWS::StackName": environment.stackName, "AWS::Partition": "aws", "AWS::URLSuffix": "amazonaws.com",
            "AWS::StackId": "arn:aws:cloudformation:\(environment.region):\(environment.accountId):stack/\(environment.stackName)/00000000-0000-0000-0000-000000000000",
        ], listParameters: Set(parameters.filter { $0.type == "CommaDelimitedList" || $0.type.hasPrefix("List<") }.map(\.name)))
        for (name, node) in root["Conditions"]?.map ?? [] {
            resolver.conditions[name] = try resolver.evaluateCondition(node)
        }

        // Physical names first: QueueName and FunctionName may use parameters but not other resources.
        var active: [(id: String, type: String, node: TemplateNode)] = []
        var unsupported: [UnsupportedResource] = []
        for (id, node) in resources {
            guard let type = node["Type"]?.string else {
                throw TemplateError("resource '\(id)' has no Type", line: node.line)
            }
            if let condition = node["Condition"]?.string {
                guard let enabled = resolver.conditions[condition] else {
                    throw TemplateError("resource '\(id)' names unknown condition '\(condition)'", line: node.line)
                }
                if !enabled { continue }
            }
            guard Self.emulatedTypes.contains(type) else {
                unsupported.append(UnsupportedResource(logicalId: id, type: type, line: node.line))
                resolver.unemulated.insert(id)
                continue
            }
            active.append((id, type, node))
        }
        let nameResolver = resolver
        var names: [String: String] = [:]
        for resource in active {
            let key = resource.type == "AWS::SQS::Queue" ? "QueueName" : "FunctionName"
            names[resource.id] = try resource.node["Properties"]?[key].map { node throws(TemplateError) in
                try nameResolver.resolveString(node)
            } ?? resource.id
        }
        for resource in active {
            let name = names[resource.id]!
            if resource.type == "AWS::SQS::Queue" {
                resolver.references[resource.id] = environment.queueURL(name)
                resolver.attributes[resource.id] = ["Arn": environment.queueARN(name), "QueueName": name, "QueueUrl": environment.queueURL(name)]
            } else {
                resolver.references[resource.id] = name
                resolver.attributes[resource.id] = ["Arn": environment.functionARN(name)]
            }
        }

        let globals = root["Globals"]?["Function"]
        let queueByARN = Dictionary(uniqueKeysWithValues: active.filter { $0.type == "AWS::SQS::Queue" }.map {
            (environment.queueARN(names[$0.id]!), $0.id)
        })
        var functions: [FunctionDefinition] = []
        var queues: [QueueDefinition] = []
        for resource in active {
            if resource.type == "AWS::SQS::Queue" {
                queues.append(try QueueReader(resolver: resolver, queueByARN: queueByARN)
                    .read(id: resource.id, name: names[resource.id]!, node: resource.node))
            } else {
                let globalProperties = try globals.map { node throws(TemplateError) in try resolver.resolve(node) }?.mapValue ?? [:]
                functions.append(try FunctionReader(resolver: resolver, queueByARN: queueByARN, globals: globalProperties)
                    .read(id: resource.id, name: names[resource.id]!, node: resource.node))
            }
        }
        self.parameters = parameters
        parameterValues = values
        self.functions = functions
        self.queues = queues
        self.unsupported = unsupported
    }

    package func function(named name: String) -> FunctionDefinition? {
        functions.first { $0.name == name || $0.logicalId == name }
    }

    package func queue(named name: String) -> QueueDefinition? {
        queues.first { $0.name == name || $0.logicalId == name }
    }
}
