import Testing
@testable import SAMTemplate

@Suite("SAM template")
struct TemplateTests {
    static let yaml = """
    AWSTemplateFormatVersion: '2010-09-09'
    Transform: AWS::Serverless-2016-10-31
    Parameters:
      Stage:
        Type: String
        Default: dev
        AllowedValues: [dev, prod]
      RedisUrl:
        Type: String
        Default: ''
      ModelApiKey:
        Type: String
        NoEcho: true
        Default: ''
    Conditions:
      IsProd: !Equals [!Ref Stage, prod]
      HasModelKey: !Not [!Equals [!Ref ModelApiKey, '']]
    Globals:
      Function:
        Runtime: provided.al2023
        Handler: bootstrap
        Architectures: [arm64]
        Timeout: 30
        MemorySize: 256
        Environment:
          Variables:
            REDIS_URL: !Ref RedisUrl
            STAGE: !Ref Stage
    Resources:
      DraftQueue:
        Type: AWS::SQS::Queue
        Properties:
          QueueName: !Sub recordline-${Stage}-draft
          VisibilityTimeout: 180
          RedrivePolicy:
            deadLetterTargetArn: !GetAtt DraftDLQ.Arn
            maxReceiveCount: 3
      DraftDLQ:
        Type: AWS::SQS::Queue
        Properties:
          QueueName: !Sub "recordline-${Stage}-draft-dlq"
          MessageRetentionPeriod: 1209600
          RedriveAllowPolicy: '{"redrivePermission":"allowAll"}'
      ApiFunction:
        Type: AWS::Serverless::Function
        Properties:
          FunctionName: !Sub ${AWS::StackName}-api
          CodeUri: .build/lambda/api/
          MemorySize: 512
          FunctionUrlConfig:
            AuthType: NONE
            InvokeMode: RESPONSE_STREAM
          Environment:
            Variables:
              DRAFT_QUEUE_URL: !Ref DraftQueue
              MODEL_KEY: !If [HasModelKey, !Ref ModelApiKey, !Ref AWS::NoValue]
          Events:
            Http:
              Type: HttpApi
              Properties:
                Path: /{proxy+}
                Method: any
      DraftFunction:
        Type: AWS::Serverless::Function
        Properties:
          CodeUri: .build/lambda/draft/
          ReservedConcurrentExecutions: 5
          Events:
            Queue:
              Type: SQS
              Properties:
                Queue: !GetAtt DraftQueue.Arn
                BatchSize: 5
                FunctionResponseTypes: [ReportBatchItemFailures]
                ScalingConfig:
                  MaximumConcurrency: 4
      ProdOnlyQueue:
        Type: AWS::SQS::Queue
        Condition: IsProd
      ApiRole:
        Type: AWS::IAM::Role
        Properties: {}
    """

    @Test func readsFunctionsQueuesAndTheirProperties() throws {
        let template = try Template(yaml: Self.yaml)
        #expect(template.queues.map(\.name).sorted() == ["recordline-dev-draft", "recordline-dev-draft-dlq"])
        let draftQueue = try #require(template.queue(named: "DraftQueue"))
        #expect(draftQueue.attributes["VisibilityTimeout"] == "180")
        #expect(draftQueue.deadLetterQueue == "DraftDLQ")
        #expect(draftQueue.maxReceiveCount == 3)
        #expect(draftQueue.attributes["RedrivePolicy"]
            == #"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:recordline-dev-draft-dlq","maxReceiveCount":3}"#)
        #expect(template.queue(named: "DraftDLQ")?.attributes["RedriveAllowPolicy"] == #"{"redrivePermission":"allowAll"}"#)

        let api = try #require(template.function(named: "recordline-api"))
        #expect(api.logicalId == "ApiFunction")
        #expect(api.memorySize == 512 && api.timeout == 30)
        #expect(api.architectures == ["arm64"])
        #expect(api.handler == "bootstrap" && api.runtime == "provided.al2023")
        #expect(api.environment == [
            "REDIS_URL": "", "STAGE": "dev", "DRAFT_QUEUE_URL": "http://127.0.0.1:9324/000000000000/recordline-dev-draft",
        ])
        #expect(api.functionURL == .init(authType: "NONE", invokeMode: "RESPONSE_STREAM"))
        #expect(api.events == [.httpAPI(.init(name: "Http", path: "/{proxy+}", method: "ANY"))])

        let draft = try #require(template.function(named: "DraftFunction"))
        #expect(draft.name == "DraftFunction")
        #expect(draft.reservedConcurrentExecutions == 5)
        guard case .sqs(let event) = draft.events.first else {
            Issue.record("no SQS event")
            return
        }
        #expect(event.queue == "DraftQueue" && event.batchSize == 5 && event.maximumConcurrency == 4)
        #expect(event.reportsBatchItemFailures && event.enabled && event.maximumBatchingWindowInSeconds == 0)
    }

    @Test func overridesParametersAndConditions() throws {
        let template = try Template(yaml: Self.yaml, overrides: ["Stage": "prod", "ModelApiKey": "secret"])
        #expect(template.queue(named: "ProdOnlyQueue") != nil)
        #expect(template.function(named: "recordline-api")?.environment["MODEL_KEY"] == "secret")
        #expect(template.queue(named: "DraftQueue")?.name == "recordline-prod-draft")
    }

    @Test func reportsResourcesItDoesNotEmulate() throws {
        let template = try Template(yaml: Self.yaml)
        #expect(template.unsupported.map(\.logicalId) == ["ApiRole"])
        #expect(template.unsupported.first?.description.contains("AWS::IAM::Role") == true)
    }

    @Test func localNamesFollowTheEnvironment() throws {
        let environment = Template.Environment(region: "ap-northeast-2", accountId: "123456789012", stackName: "rl", queueEndpoint: "http://127.0.0.1:9999")
        let template = try Template(yaml: Self.yaml, environment: environment)
        #expect(template.function(named: "rl-api")?.environment["DRAFT_QUEUE_URL"] == "http://127.0.0.1:9999/123456789012/recordline-dev-draft")
    }

    static func error(_ yaml: String, overrides: [String: String] = [:]) -> TemplateError? {
        do {
            _ = try Template(yaml: yaml, overrides: overrides)
            return nil
        } catch {
            return error
        }
    }

    @Test func brokenYAMLNamesTheLine() throws {
        let error = try #require(Self.error("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n   bad: [unclosed\n"))
        #expect(error.line == 4 || error.line == 5)
        #expect(error.message.contains("YAML"))
    }

    @Test func badValuesNameTheLine() throws {
        let unknownRef = try #require(Self.error("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Environment:
                Variables:
                  QUEUE: !Ref Missing
        """))
        #expect(unknownRef.line == 7)
        #expect(unknownRef.message.contains("Missing"))

        let batch = try #require(Self.error("""
        Resources:
          Q:
            Type: AWS::SQS::Queue
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                E:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt Q.Arn
                    BatchSize: 20000
        """))
        #expect(batch.line == 12)

        let eventType = try #require(Self.error("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                E:
                  Type: Schedule
        """))
        #expect(eventType.line == 7)
        #expect(eventType.message.contains("Schedule"))

        let visibility = try #require(Self.error("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: lots\n"))
        #expect(visibility.line == 5)
    }

    @Test func parametersNeedAValue() throws {
        let missing = try #require(Self.error("Parameters:\n  Key:\n    Type: String\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n"))
        #expect(missing.line == 3)
        #expect(missing.message.contains("Key"))
        let notAllowed = try #require(Self.error(Self.yaml, overrides: ["Stage": "staging"]))
        #expect(notAllowed.message.contains("dev, prod"))
        let unknown = try #require(Self.error(Self.yaml, overrides: ["Nope": "x"]))
        #expect(unknown.message.contains("Nope"))
    }

    @Test func subHandlesLiteralsVariablesAndAttributes() throws {
        let resolver = IntrinsicResolver(
            parameters: ["Stage": "dev"], pseudo: ["AWS::Region": "us-east-1"],
            attributes: ["Queue": ["Arn": "arn:q"]])
        let node = try TemplateNode.parse(#"!Sub ["${Stage}-${AWS::Region}-${Queue.Arn}-${!Literal}-${Extra}", {Extra: x}]"#)
        #expect(try resolver.resolveString(node) == "dev-us-east-1-arn:q-${Literal}-x")
        let join = try TemplateNode.parse("!Join [',', [a, !Ref Stage, c]]")
        #expect(try resolver.resolveString(join) == "a,dev,c")
        let select = try TemplateNode.parse("!Select [1, !Split ['-', 'x-y-z']]")
        #expect(try resolver.resolveString(select) == "y")
        let longForm = try TemplateNode.parse(#"{"Fn::Join": ["", [{"Ref": "Stage"}, "!"]]}"#)
        #expect(try resolver.resolveString(longForm) == "dev!")
    }

    @Test func listParametersAreListsAndUnemulatedResourcesResolveToPlaceholders() throws {
        let yaml = """
        Parameters:
          SubnetIds:
            Type: CommaDelimitedList
            Default: ''
          Zones:
            Type: List<AWS::EC2::AvailabilityZone::Name>
            Default: a,b
        Conditions:
          InVpc: !Not [!Equals [!Join ['', !Ref SubnetIds], '']]
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Condition: InVpc
          Cache:
            Type: AWS::ElastiCache::ServerlessCache
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: fn/
              VpcConfig: !If [InVpc, {SubnetIds: !Ref SubnetIds, SecurityGroupIds: [!Ref Group]}, !Ref AWS::NoValue]
              Environment:
                Variables:
                  CACHE: !Sub rediss://${Cache.Endpoint.Address}:${Cache.Endpoint.Port}
                  CACHE_ID: !Ref Cache
                  FIRST_ZONE: !Select [0, !Ref Zones]
                  GROUP: !If [InVpc, !Ref Group, none]
        """
        let outside = try Template(yaml: yaml)
        #expect(outside.unsupported.map(\.logicalId) == ["Cache"])
        let function = try #require(outside.function(named: "Fn"))
        #expect(function.environment["CACHE"] == "rediss://Cache.Endpoint.Address:Cache.Endpoint.Port")
        #expect(function.environment["CACHE_ID"] == "Cache")
        #expect(function.environment["FIRST_ZONE"] == "a")
        #expect(function.environment["GROUP"] == "none")
        let inside = try Template(yaml: yaml, overrides: ["SubnetIds": "subnet-1,subnet-2"])
        #expect(inside.unsupported.map(\.logicalId) == ["Group", "Cache"])
        #expect(inside.function(named: "Fn")?.environment["GROUP"] == "Group")
        // A list cannot be put into a string.
        let sub = try #require(Self.error(yaml.replacingOccurrences(of: "!Ref Cache\n", with: "!Sub ${SubnetIds}\n")))
        #expect(sub.message.contains("SubnetIds"))
    }
}
