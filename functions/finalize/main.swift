import LambdaRuntime
import RecordlineFunctions

await LambdaRuntime.main { try StageFunction.make(.finalize) }
