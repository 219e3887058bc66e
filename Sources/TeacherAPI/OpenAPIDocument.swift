/// `GET /openapi.json`: the API as OpenAPI 3.1. The black-box tests validate live responses against it,
/// and generate requests from it: what it calls valid must be accepted, so the Last-Event-ID pattern
/// spells out 0 to UInt64.max digit by digit (a string has no numeric range in JSON Schema).
enum OpenAPIDocument {
    /// Last-Event-ID as the API takes it: two numbers of 0 to UInt64.max, digit by digit.
    static let lastEventIDPattern =
        #"^([0-9]{1,19}|0[0-9]{19}|1[0-7][0-9]{18}|18[0-3][0-9]{17}|184[0-3][0-9]{16}|1844[0-5][0-9]{15}|18446[0-6][0-9]{14}|184467[0-3][0-9]{13}|1844674[0-3][0-9]{12}|184467440[0-6][0-9]{10}|1844674407[0-2][0-9]{9}|18446744073[0-6][0-9]{8}|1844674407370[0-8][0-9]{6}|18446744073709[0-4][0-9]{5}|184467440737095[0-4][0-9]{4}|18446744073709550[0-9]{3}|18446744073709551[0-5][0-9]{2}|1844674407370955160[0-9]{1}|1844674407370955161[0-4]|18446744073709551615)-([0-9]{1,19}|0[0-9]{19}|1[0-7][0-9]{18}|18[0-3][0-9]{17}|184[0-3][0-9]{16}|1844[0-5][0-9]{15}|18446[0-6][0-9]{14}|184467[0-3][0-9]{13}|1844674[0-3][0-9]{12}|184467440[0-6][0-9]{10}|1844674407[0-2][0-9]{9}|18446744073[0-6][0-9]{8}|1844674407370[0-8][0-9]{6}|18446744073709[0-4][0-9]{5}|184467440737095[0-4][0-9]{4}|18446744073709550[0-9]{3}|18446744073709551[0-5][0-9]{2}|1844674407370955160[0-9]{1}|1844674407370955161[0-4]|18446744073709551615)$"#

    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Recordline",
        "version": "1.0.0",
        "description": "Three rule-abiding 학교생활기록부 drafts from a teacher's notes. Every /v1 call needs a bearer token; a task or batch is visible only to the teacher who created it. Request bodies are JSON objects (application/json, UTF-8) with every member named once; an error names the field (or header) at fault."
      },
      "security": [{"bearer": []}],
      "paths": {
        "/v1/sections": {
          "get": {
            "summary": "The sections and their NEIS byte limits in one 학년도's rules",
            "parameters": [{"name": "ruleYear", "in": "query", "required": false, "description": "The 학년도 whose limits to show; default the edition in force", "schema": {"$ref": "#/components/schemas/RuleYear"}}],
            "responses": {
              "200": {"description": "Sections", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sections"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/engine": {
          "get": {
            "summary": "Which engine writes the drafts and which model endpoint will see the notes (identities redacted)",
            "responses": {
              "200": {"description": "The engine", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Engine"}}}},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/check": {
          "post": {
            "summary": "Check any text against a section's rules",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}}}},
            "responses": {
              "200": {"description": "The rule report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RuleReport"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/tasks": {
          "get": {
            "summary": "The teacher's own tasks (not a batch's), newest first, while the retention keeps them",
            "parameters": [{"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}],
            "responses": {
              "200": {"description": "One page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskList"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "post": {
            "summary": "Ask for three drafts",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskRequest"}}}},
            "responses": {
              "202": {"description": "Accepted; follow the task or its events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskAccepted"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "429": {"$ref": "#/components/responses/TooManyTasks"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/tasks/{taskId}": {
          "parameters": [{"$ref": "#/components/parameters/TaskId"}],
          "get": {
            "summary": "The task and its versions",
            "responses": {
              "200": {"description": "The task", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}}},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "delete": {
            "summary": "Delete the task and all its data now",
            "responses": {
              "204": {"description": "Deleted"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/tasks/{taskId}/choice": {
          "parameters": [{"$ref": "#/components/parameters/TaskId"}],
          "put": {
            "summary": "Pick a completed version, edit it if need be and mark it final; the text is checked as /v1/check checks it, against the task's settings, names and notes, and the batch export uses it",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChoiceRequest"}}}},
            "responses": {
              "200": {"description": "The choice as stored, with the text's rule report (an edit over the byte target is kept and reported as byte_limit)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Choice"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"description": "code version_not_ready (field version): the version is not completed yet, or failed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/batches": {
          "get": {
            "summary": "The teacher's own batches, newest first, while the retention keeps them",
            "parameters": [{"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}],
            "responses": {
              "200": {"description": "One page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchList"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "post": {
            "summary": "Drafts for a whole class: one ordinary task per student, the batch counted once against the in-flight limit",
            "description": "The roster as JSON, or as a spreadsheet: the first sheet of an .xlsx, or a .csv in UTF-8 (with or without BOM) or CP949, with a header row naming 번호 (or 출석번호, No), 메모 (or 내용, 활동, 관찰), optionally 이름 (or 성명) and, for part 2 of a 공통과목, 1 세특 (or 1학기 세특, part1: each student's part-1 record, as part1Text); the settings then go in the query, and a JSON roster that sends any of them there is refused (400 naming it). 1 to 200 students; an error names the field, the student (students[i]) or the row.",
            "parameters": [
              {"name": "section", "in": "query", "required": false, "description": "Spreadsheet bodies only: the section", "schema": {"$ref": "#/components/schemas/SectionId"}},
              {"name": "subject", "in": "query", "required": false, "description": "Spreadsheet bodies only: the subject", "schema": {"type": "string", "maxLength": 50}},
              {"name": "targetBytes", "in": "query", "required": false, "description": "Spreadsheet bodies only", "schema": {"type": "integer", "minimum": 1, "maximum": 2100}},
              {"name": "ruleYear", "in": "query", "required": false, "description": "Spreadsheet bodies only: the 학년도 whose limits apply; 2026 by default", "schema": {"$ref": "#/components/schemas/RuleYear"}},
              {"name": "extraForbiddenTerms", "in": "query", "required": false, "description": "Spreadsheet bodies only: comma-separated", "schema": {"type": "string"}}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}},
                "text/csv": {"schema": {"type": "string"}},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "contentMediaType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}
              }
            },
            "responses": {
              "202": {"description": "Accepted; follow the batch", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchAccepted"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "413": {"description": "A JSON body over 4194304 bytes or a spreadsheet over 2097152", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
              "429": {"$ref": "#/components/responses/TooManyTasks"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/batches/{batchId}": {
          "parameters": [{"$ref": "#/components/parameters/BatchId"}],
          "get": {
            "summary": "The batch's progress and each student's status and versions, in roster order",
            "responses": {
              "200": {"description": "The batch", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}}},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          },
          "delete": {
            "summary": "Delete the batch and every task of it now",
            "responses": {
              "204": {"description": "Deleted"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/batches/{batchId}/export": {
          "parameters": [
            {"$ref": "#/components/parameters/BatchId"},
            {"name": "format", "in": "query", "required": false, "schema": {"type": "string", "enum": ["xlsx", "csv"], "default": "xlsx"}},
            {"name": "encoding", "in": "query", "required": false, "description": "format=csv only", "schema": {"type": "string", "enum": ["utf-8", "cp949"], "default": "utf-8"}}
          ],
          "get": {
            "summary": "One row per student in roster order: 번호, 이름, 버전, 초안 (the first completed version), NEIS 바이트, 점검 결과",
            "responses": {
              "200": {
                "description": "The file, as an attachment",
                "content": {
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "contentMediaType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}},
                  "text/csv": {"schema": {"type": "string"}}
                }
              },
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyRequests"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/batches/{batchId}/events": {
          "parameters": [
            {"$ref": "#/components/parameters/BatchId"},
            {
              "name": "Last-Event-ID", "in": "header", "required": false,
              "description": "The id of the last event received: <milliseconds>-<sequence>, each at most 18446744073709551615, and not past the batch's last event",
              "schema": {"type": "string", "pattern": "\#(lastEventIDPattern)", "maxLength": 41}
            }
          ],
          "get": {
            "summary": "Server-Sent Events for the whole class: each student's task events as the task's own stream sends them (accepted, drafted, model_call, refined, version, version_failed, completed), their data wrapped as {number, taskId, data}; then batch_completed with the final count once no student's task is queued or running. Resumable with Last-Event-ID; the same stream limits and lifetime as a task's stream",
            "responses": {
              "200": {"description": "An event stream; each event has an id to resume from", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/BatchEvent"}}}},
              "204": {"description": "Every student's task has settled and nothing is left to send"},
              "400": {
                "description": "Last-Event-ID is no event id, or is past the batch's last event (field Last-Event-ID); reconnect without it",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyStreams"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/v1/tasks/{taskId}/events": {
          "parameters": [
            {"$ref": "#/components/parameters/TaskId"},
            {
              "name": "Last-Event-ID", "in": "header", "required": false,
              "description": "The id of the last event received: <milliseconds>-<sequence>, each at most 18446744073709551615, and not past the task's last event",
              "schema": {"type": "string", "pattern": "\#(lastEventIDPattern)", "maxLength": 41}
            }
          ],
          "get": {
            "summary": "Server-Sent Events: accepted, drafted, refined, version, version_failed, completed; model_call ({stage, model, version for refine and finalize}) each time a stage starts waiting on a model",
            "responses": {
              "200": {"description": "An event stream; each event has an id to resume from", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/TaskEvent"}}}},
              "204": {"description": "The task has finished and nothing is left to send"},
              "400": {
                "description": "Last-Event-ID is no event id, or is past the task's last event (field Last-Event-ID); reconnect without it",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
              },
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "404": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/TooManyStreams"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        }
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        "parameters": {
          "TaskId": {"name": "taskId", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"}},
          "BatchId": {"name": "batchId", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"}},
          "Limit": {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
          "Cursor": {"name": "cursor", "in": "query", "required": false, "description": "The nextCursor of the page before", "schema": {"type": "string", "pattern": "^[0-9]{1,18}\\.[0-9a-f]{1,64}$"}}
        },
        "responses": {
          "Error": {"description": "An error naming what is wrong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Unauthorized": {
            "description": "No usable token: missing, malformed, not signed with HS256 and this server's secret, expired, not yet valid (nbf), issued in the future (iat) or living longer than 366 days (exp − iat); the message says which",
            "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "TooLarge": {"description": "The body is larger than 262144 bytes", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "UnsupportedMediaType": {
            "description": "The body is not sent as Content-Type: application/json (with charset UTF-8 when a charset is given); field is Content-Type",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "TooManyRequests": {
            "description": "code rate_limited: the teacher's requests per minute (every /v1 call counts) are over the limit",
            "headers": {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "TooManyTasks": {
            "description": "code too_many_tasks: the teacher has as many tasks or batches queued or running as they may (20 by default; a batch counts once); or code rate_limited, as for every call",
            "headers": {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "TooManyStreams": {
            "description": "code too_many_streams: the teacher has as many event streams open as they may (3 by default), or all teachers together as many as the service takes; Retry-After is when the first of them ends at the latest. Or code rate_limited, as for every call",
            "headers": {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          },
          "Unavailable": {
            "description": "The task store or the queue cannot be reached, or no tokens are configured",
            "headers": {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          }
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error"], "additionalProperties": false,
            "properties": {
              "error": {
                "type": "object", "required": ["code", "message"], "additionalProperties": false,
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string"}}
              }
            }
          },
          "SectionId": {"type": "string", "enum": ["subject", "autonomous", "club", "career", "behavior"]},
          "RuleYear": {"type": "integer", "enum": [2025, 2026], "description": "A 학년도 whose 기재요령 limits Recordline has: 2025 (진로활동 700자, 행동특성 및 종합의견 500자, every subject its own 500자) or 2026 (진로 500자, 행특 300자, 공통과목 1·2 sharing 500자); 2026 by default"},
          "Engine": {
            "type": "object", "required": ["engine", "localOnly", "redacted"],
            "properties": {
              "engine": {"type": "string", "enum": ["offline", "model"], "description": "offline: the rules on this service, no text leaves it"},
              "model": {"type": "string"},
              "fallbackModel": {"type": "string"},
              "endpoint": {"type": "string", "description": "scheme://host[:port] of the model endpoint that receives the (redacted) notes"},
              "localOnly": {"type": "boolean", "description": "The endpoint was checked to be a loopback or private address"},
              "redacted": {"type": "array", "items": {"type": "string"}, "description": "What every prompt has replaced by placeholders"}
            }
          },
          "Sections": {
            "type": "object", "required": ["ruleYear", "ruleYears", "sections"],
            "properties": {
              "ruleYear": {"$ref": "#/components/schemas/RuleYear"},
              "ruleYears": {"type": "array", "items": {"$ref": "#/components/schemas/RuleYear"}},
              "combinedSubjects": {
                "type": "object", "required": ["names", "maxCharacters", "byteLimit"], "additionalProperties": false,
                "description": "The 공통과목 whose parts 1 and 2 share one limit in this year (absent when each has its own): a request for part 2 may carry part 1's record as part1Text",
                "properties": {"names": {"type": "array", "items": {"type": "string"}}, "maxCharacters": {"type": "integer"}, "byteLimit": {"type": "integer"}}
              },
              "sections": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["id", "name", "maxCharacters", "byteLimit", "needsSubject"], "additionalProperties": false,
                  "properties": {
                    "id": {"$ref": "#/components/schemas/SectionId"}, "name": {"type": "string"},
                    "maxCharacters": {"type": "integer"}, "byteLimit": {"type": "integer"}, "needsSubject": {"type": "boolean"}
                  }
                }
              }
            }
          },
          "TaskRequest": {
            "type": "object", "required": ["section", "activities"], "additionalProperties": false,
            "allOf": [
              {"if": {"required": ["section"], "properties": {"section": {"const": "subject"}}}, "then": {"required": ["subject"], "properties": {"subject": {"type": "string", "pattern": "\\S"}}}},
              {"if": {"required": ["section"], "properties": {"section": {"const": "behavior"}}}, "then": {"if": {"required": ["ruleYear"], "properties": {"ruleYear": {"const": 2025}}}, "else": {"properties": {"targetBytes": {"maximum": 900}}}}},
              {"if": {"required": ["section", "ruleYear"], "properties": {"section": {"const": "career"}, "ruleYear": {"const": 2025}}}, "then": {"properties": {"targetBytes": {"maximum": 2100}}}, "else": {"properties": {"targetBytes": {"maximum": 1500}}}},
              {"if": {"required": ["part1Text"], "properties": {"part1Text": {"type": "string"}}}, "then": {"required": ["section", "subject"], "properties": {"section": {"const": "subject"}, "subject": {"type": "string", "pattern": "^\\s*(공통국어|공통수학|공통영어|통합사회|통합과학|한국사|과학탐구실험)\\s*(2|Ⅱ|II)\\s*$"}, "ruleYear": {"enum": [2026, null]}}}}
            ],
            "description": "Strings are refused with a control character (C0 but line breaks and tabs in text, DEL, C1) or a noncharacter (U+FDD0–U+FDEF, and the last two code points of every plane: the patterns show those of the first); maxLength counts code points, as the server does; minLength counts what is left once blanks are trimmed; an optional member given as null is one left out",
            "properties": {
              "section": {"$ref": "#/components/schemas/SectionId"},
              "subject": {"type": ["string", "null"], "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "Required (not blank) for the subject section"},
              "targetBytes": {"type": ["integer", "null"], "minimum": 1, "maximum": 2100, "description": "At most the section limit in the ruleYear's rules (2026: 900 for behavior, else 1500; 2025: 2100 for career, else 1500), and for part 2 of a 공통과목 given part1Text at most what part 1 leaves of their shared 1500; default that limit. One over what part 1 leaves is a 400 naming targetBytes"},
              "ruleYear": {"type": ["integer", "null"], "enum": [2025, 2026, null], "description": "The 학년도 whose limits apply (see RuleYear); 2026 when absent"},
              "part1Text": {"type": ["string", "null"], "maxLength": 1499, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "Only for part 2 of a 공통과목 whose parts share one limit (subject 공통국어2, 통합과학 2, 한국사Ⅱ, …; not in the 2025 rules): part 1's record, counted in NEIS bytes and taken off the shared 1500. Part 1 at or over the whole limit leaves nothing and is a 400 naming part1Text"},
              "activities": {"type": "string", "minLength": 1, "maxLength": 20000, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF][^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "The teacher's notes, not blank"},
              "extraForbiddenTerms": {"type": ["array", "null"], "maxItems": 100, "items": {"type": "string", "minLength": 1, "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF][^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$"}},
              "studentNames": {"type": ["array", "null"], "maxItems": 100, "items": {"type": "string", "minLength": 1, "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF][^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$"}, "description": "The student's name in the forms the notes use: reported wherever it appears, never in a draft"}
            }
          },
          "ChoiceRequest": {
            "type": "object", "required": ["version"], "additionalProperties": false,
            "description": "A new choice replaces the one before, final or not",
            "properties": {
              "version": {"type": "integer", "minimum": 1, "maximum": 3, "description": "A completed version of the task"},
              "text": {"type": ["string", "null"], "minLength": 1, "maxLength": 20000, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF][^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "The text as the teacher edited it; the version's own when absent"},
              "final": {"type": ["boolean", "null"], "description": "The teacher's mark that this goes into NEIS; false when absent"}
            }
          },
          "Choice": {
            "type": "object", "required": ["version", "text", "edited", "final", "bytes", "chosenAt"], "additionalProperties": false,
            "properties": {
              "version": {"type": "integer"},
              "text": {"type": "string"},
              "edited": {"type": "boolean", "description": "The text differs from the version's own"},
              "final": {"type": "boolean"},
              "bytes": {"type": "integer", "description": "NEIS bytes of the text"},
              "passes": {"type": "boolean"},
              "report": {"$ref": "#/components/schemas/RuleReport"},
              "chosenAt": {"type": "string", "format": "date-time"}
            }
          },
          "CheckRequest": {
            "type": "object", "required": ["text", "section"], "additionalProperties": false,
            "allOf": [
              {"if": {"required": ["section"], "properties": {"section": {"const": "subject"}}}, "then": {"required": ["subject"], "properties": {"subject": {"type": "string", "pattern": "\\S"}}}},
              {"if": {"required": ["section"], "properties": {"section": {"const": "behavior"}}}, "then": {"if": {"required": ["ruleYear"], "properties": {"ruleYear": {"const": 2025}}}, "else": {"properties": {"targetBytes": {"maximum": 900}}}}},
              {"if": {"required": ["section", "ruleYear"], "properties": {"section": {"const": "career"}, "ruleYear": {"const": 2025}}}, "then": {"properties": {"targetBytes": {"maximum": 2100}}}, "else": {"properties": {"targetBytes": {"maximum": 1500}}}},
              {"if": {"required": ["part1Text"], "properties": {"part1Text": {"type": "string"}}}, "then": {"required": ["section", "subject"], "properties": {"section": {"const": "subject"}, "subject": {"type": "string", "pattern": "^\\s*(공통국어|공통수학|공통영어|통합사회|통합과학|한국사|과학탐구실험)\\s*(2|Ⅱ|II)\\s*$"}, "ruleYear": {"enum": [2026, null]}}}}
            ],
            "description": "Strings as in TaskRequest",
            "properties": {
              "text": {"type": "string", "maxLength": 20000, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$"},
              "section": {"$ref": "#/components/schemas/SectionId"},
              "subject": {"type": ["string", "null"], "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "Required (not blank) for the subject section"},
              "targetBytes": {"type": ["integer", "null"], "minimum": 1, "maximum": 2100, "description": "At most the section limit in the ruleYear's rules (2026: 900 for behavior, else 1500; 2025: 2100 for career, else 1500), and for part 2 of a 공통과목 given part1Text at most what part 1 leaves of their shared 1500; default that limit. One over what part 1 leaves is a 400 naming targetBytes"},
              "ruleYear": {"type": ["integer", "null"], "enum": [2025, 2026, null], "description": "The 학년도 whose limits apply (see RuleYear); 2026 when absent"},
              "part1Text": {"type": ["string", "null"], "maxLength": 1499, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "Only for part 2 of a 공통과목 whose parts share one limit (subject 공통국어2, 통합과학 2, 한국사Ⅱ, …; not in the 2025 rules): part 1's record, counted in NEIS bytes and taken off the shared 1500. Part 1 at or over the whole limit leaves nothing and is a 400 naming part1Text"},
              "extraForbiddenTerms": {"type": ["array", "null"], "maxItems": 100, "items": {"type": "string", "minLength": 1, "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF][^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$"}},
              "studentNames": {"type": ["array", "null"], "maxItems": 100, "items": {"type": "string", "minLength": 1, "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*[^\\s\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF][^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$"}, "description": "The student's name or the class roster; reported wherever it appears, full or given name alone"},
              "notes": {"type": ["string", "null"], "maxLength": 20000, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "The notes, for the coverage and grounding checks"}
            }
          },
          "BatchRequest": {
            "type": "object", "required": ["section", "students"], "additionalProperties": false,
            "description": "The settings every student shares, as in TaskRequest, and the students",
            "properties": {
              "section": {"$ref": "#/components/schemas/SectionId"},
              "subject": {"type": ["string", "null"], "maxLength": 50, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$", "description": "Required (not blank) for the subject section"},
              "targetBytes": {"type": ["integer", "null"], "minimum": 1, "maximum": 2100, "description": "As in TaskRequest"},
              "extraForbiddenTerms": {"type": ["array", "null"], "maxItems": 100, "items": {"type": "string", "minLength": 1, "maxLength": 50}},
              "ruleYear": {"type": ["integer", "null"], "enum": [2025, 2026, null], "description": "The 학년도 whose limits apply (see RuleYear); 2026 when absent"},
              "students": {
                "type": "array", "minItems": 1, "maxItems": 200, "description": "In roster order; each number once",
                "items": {
                  "type": "object", "required": ["number", "activities"], "additionalProperties": false,
                  "properties": {
                    "number": {"type": "integer", "minimum": 1, "maximum": 100000},
                    "name": {"type": ["string", "null"], "maxLength": 50, "description": "For the teacher's list and the export; reported wherever it appears, never in a draft"},
                    "activities": {"type": "string", "minLength": 1, "maxLength": 20000, "description": "The teacher's notes on the student, not blank"},
                    "part1Text": {"type": ["string", "null"], "maxLength": 1499, "description": "As in TaskRequest: the student's part-1 record when the batch is for part 2 of a 공통과목; an error in it names students[i].part1Text"}
                  }
                }
              }
            }
          },
          "BatchAccepted": {
            "type": "object", "required": ["batchId", "status", "tasks"], "additionalProperties": false,
            "properties": {
              "batchId": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
              "status": {"const": "queued"},
              "tasks": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["number", "taskId"], "additionalProperties": false,
                  "properties": {"number": {"type": "integer"}, "taskId": {"type": "string", "pattern": "^[0-9a-f]{32}$"}}
                }
              }
            }
          },
          "Batch": {
            "type": "object", "required": ["batchId", "createdAt", "section", "ruleYear", "status", "progress", "students"], "additionalProperties": false,
            "properties": {
              "batchId": {"type": "string"},
              "ruleYear": {"$ref": "#/components/schemas/RuleYear"},
              "createdAt": {"type": "string", "format": "date-time"},
              "section": {"type": "string"},
              "subject": {"type": "string"},
              "targetBytes": {"type": "integer"},
              "status": {"type": "string", "enum": ["queued", "running", "completed"]},
              "progress": {
                "type": "object", "required": ["total", "queued", "running", "completed", "failed", "deleted"], "additionalProperties": false,
                "properties": {
                  "total": {"type": "integer"}, "queued": {"type": "integer"}, "running": {"type": "integer"},
                  "completed": {"type": "integer"}, "failed": {"type": "integer"}, "deleted": {"type": "integer", "description": "Students whose task was deleted on its own"}
                }
              },
              "students": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["number", "taskId", "status", "versions"], "additionalProperties": false,
                  "properties": {
                    "number": {"type": "integer"},
                    "name": {"type": "string"},
                    "taskId": {"type": "string"},
                    "status": {"type": "string", "enum": ["queued", "running", "completed", "failed", "deleted"]},
                    "reason": {"type": "string"},
                    "versions": {
                      "type": "array",
                      "items": {
                        "type": "object", "required": ["version", "status"], "additionalProperties": false,
                        "properties": {
                          "version": {"type": "integer"},
                          "status": {"type": "string", "enum": ["pending", "running", "completed", "failed"]},
                          "text": {"type": "string"}, "bytes": {"type": "integer"}, "passes": {"type": "boolean"}, "reason": {"type": "string"}
                        }
                      }
                    },
                    "choice": {
                      "type": "object", "required": ["version", "edited", "final", "bytes"], "additionalProperties": false,
                      "description": "The teacher's pick (its text in GET /v1/tasks/{taskId})",
                      "properties": {"version": {"type": "integer"}, "edited": {"type": "boolean"}, "final": {"type": "boolean"}, "bytes": {"type": "integer"}, "passes": {"type": "boolean"}}
                    }
                  }
                }
              },
              "sameness": {
                "type": "object", "required": ["method", "threshold", "compared", "flagged", "pairs"], "additionalProperties": false,
                "description": "Once two students have a draft: each student's chosen draft (or first completed version) against every other's, as the Jaccard index of their character trigrams; pairs at or over the threshold, most alike first",
                "properties": {
                  "method": {"type": "string", "enum": ["character-trigram-jaccard"]},
                  "threshold": {"type": "number"},
                  "compared": {"type": "integer", "description": "Students with a draft"},
                  "flagged": {"type": "integer"},
                  "pairs": {
                    "type": "array",
                    "items": {
                      "type": "object", "required": ["numbers", "score"], "additionalProperties": false,
                      "properties": {
                        "numbers": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}, "score": {"type": "number", "minimum": 0, "maximum": 1},
                        "alternative": {
                          "type": "object", "required": ["number", "taskId", "version", "score", "clears"], "additionalProperties": false,
                          "description": "The next-most-different version for one of the two: of both students' other completed versions, the one least like the other student's compared draft (versions that pass the rules first); choose it with PUT /v1/tasks/{taskId}/choice. Absent when neither has a version less alike",
                          "properties": {
                            "number": {"type": "integer", "description": "The student it is for"},
                            "taskId": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
                            "version": {"type": "integer", "minimum": 1, "maximum": 3},
                            "score": {"type": "number", "minimum": 0, "maximum": 1, "description": "How alike the pair would be with it"},
                            "clears": {"type": "boolean", "description": "Whether the pair would then be under the threshold"}
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TaskList": {
            "type": "object", "required": ["tasks"], "additionalProperties": false,
            "properties": {
              "tasks": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["taskId", "status", "createdAt"], "additionalProperties": false,
                  "properties": {
                    "taskId": {"type": "string"}, "status": {"type": "string", "enum": ["queued", "running", "completed", "failed"]},
                    "section": {"type": "string"}, "subject": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"}
                  }
                }
              },
              "nextCursor": {"type": "string", "description": "Absent on the last page"}
            }
          },
          "BatchList": {
            "type": "object", "required": ["batches"], "additionalProperties": false,
            "properties": {
              "batches": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["batchId", "section", "students", "createdAt"], "additionalProperties": false,
                  "properties": {
                    "batchId": {"type": "string"}, "section": {"type": "string"}, "subject": {"type": "string"},
                    "students": {"type": "integer"}, "createdAt": {"type": "string", "format": "date-time"}
                  }
                }
              },
              "nextCursor": {"type": "string", "description": "Absent on the last page"}
            }
          },
          "TaskAccepted": {
            "type": "object", "required": ["taskId", "status"], "additionalProperties": false,
            "properties": {"taskId": {"type": "string", "pattern": "^[0-9a-f]{32}$"}, "status": {"const": "queued"}}
          },
          "Task": {
            "type": "object", "required": ["taskId", "status", "versions", "usage"], "additionalProperties": false,
            "properties": {
              "taskId": {"type": "string"},
              "status": {"type": "string", "enum": ["queued", "running", "completed", "failed"]},
              "reason": {"type": "string"},
              "notes": {
                "type": "array", "description": "The notes as numbered sentences, which the reports' sources point at",
                "items": {
                  "type": "object", "required": ["index", "paragraph", "text"], "additionalProperties": false,
                  "properties": {"index": {"type": "integer"}, "paragraph": {"type": "integer"}, "text": {"type": "string"}}
                }
              },
              "versions": {"type": "array", "items": {"$ref": "#/components/schemas/Version"}},
              "choice": {"$ref": "#/components/schemas/Choice", "description": "The version the teacher picked; absent until they pick one"},
              "usage": {
                "type": "array", "items": {"$ref": "#/components/schemas/ModelUsage"},
                "description": "Model calls per stage and model; empty when the offline engine did all the work"
              },
              "estimatedCostUSD": {"type": "number", "minimum": 0, "description": "Sum of the priced usage entries"}
            }
          },
          "ModelUsage": {
            "type": "object", "required": ["stage", "model", "calls", "promptTokens", "completionTokens"], "additionalProperties": false,
            "properties": {
              "stage": {"type": "string", "enum": ["draft", "refine", "finalize"]},
              "model": {"type": "string"},
              "calls": {"type": "integer", "minimum": 0},
              "promptTokens": {"type": "integer", "minimum": 0},
              "completionTokens": {"type": "integer", "minimum": 0},
              "estimatedCostUSD": {"type": "number", "minimum": 0, "description": "From RECORDLINE_MODEL_PRICES; absent for an unpriced model"}
            }
          },
          "Version": {
            "type": "object", "required": ["version", "status"], "additionalProperties": false,
            "properties": {
              "version": {"type": "integer", "minimum": 1, "maximum": 3},
              "status": {"type": "string", "enum": ["pending", "running", "completed", "failed"]},
              "text": {"type": "string"},
              "bytes": {"type": "integer"},
              "report": {"$ref": "#/components/schemas/RuleReport"},
              "reason": {"type": "string"},
              "producers": {
                "type": "object", "additionalProperties": false,
                "description": "Which engine wrote the version at each stage: offline, or model:<name>",
                "properties": {
                  "draft": {"$ref": "#/components/schemas/Producer"},
                  "refine": {"$ref": "#/components/schemas/Producer"},
                  "finalize": {"$ref": "#/components/schemas/Producer"}
                }
              }
            }
          },
          "TaskEvent": {
            "type": "object", "additionalProperties": false,
            "description": "One Server-Sent Event: its id (to resume from with Last-Event-ID), its name and its JSON data; a block carrying only retry says how soon to reconnect",
            "properties": {
              "id": {"type": "string", "pattern": "^[0-9]{1,20}-[0-9]{1,20}$"},
              "event": {"type": "string", "enum": ["accepted", "drafted", "model_call", "refined", "version", "version_failed", "completed"]},
              "data": {"type": "string", "contentMediaType": "application/json"},
              "retry": {"type": "integer", "minimum": 0}
            }
          },
          "BatchEvent": {
            "type": "object", "additionalProperties": false,
            "description": "One Server-Sent Event of a batch: a student's task event, whose data is {\"number\": the student's number, \"taskId\", \"data\": the task event's own data}, or batch_completed, whose data is {\"batchId\", \"progress\": {\"total\", \"completed\", \"failed\", \"deleted\"}}; a block carrying only retry says how soon to reconnect",
            "properties": {
              "id": {"type": "string", "pattern": "^[0-9]{1,20}-[0-9]{1,20}$"},
              "event": {"type": "string", "enum": ["accepted", "drafted", "model_call", "refined", "version", "version_failed", "completed", "batch_completed"]},
              "data": {"type": "string", "contentMediaType": "application/json"},
              "retry": {"type": "integer", "minimum": 0}
            }
          },
          "Producer": {"type": "string", "pattern": "^(offline|model:.+)$"},
          "RuleReport": {
            "type": "object", "required": ["passes", "bytes", "safeBytes", "targetBytes", "byteProfile", "violations"], "additionalProperties": false,
            "properties": {
              "passes": {"type": "boolean"},
              "bytes": {"type": "integer"},
              "safeBytes": {"type": "integer"},
              "targetBytes": {"type": "integer"},
              "byteProfile": {"type": "string", "enum": ["official", "safe"]},
              "ruleYear": {"type": "integer", "description": "The 학년도 whose rules the text was checked under"},
              "limitBytes": {"type": "integer", "description": "The field's limit in that year: the section's, or the one both parts of a 공통과목 share"},
              "part1Bytes": {"type": "integer", "description": "What part 1's record takes of limitBytes, when the request gave it; targetBytes is at most limitBytes − part1Bytes"},
              "violations": {"type": "array", "items": {"$ref": "#/components/schemas/Violation"}},
              "paragraphs": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["index", "excerpt", "admissible", "covered"], "additionalProperties": false,
                  "properties": {"index": {"type": "integer"}, "excerpt": {"type": "string"}, "admissible": {"type": "boolean"}, "covered": {"type": "boolean"}}
                }
              },
              "sentences": {
                "type": "array", "description": "Each sentence of the text and the notes sentences it states (empty: no source)",
                "items": {
                  "type": "object", "required": ["span", "sources"], "additionalProperties": false,
                  "properties": {
                    "span": {"type": "object", "required": ["start", "end"], "additionalProperties": false, "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}}},
                    "sources": {"type": "array", "items": {"type": "integer"}}
                  }
                }
              },
              "notesUse": {
                "type": "array", "description": "Each notes sentence the text does not state as written, and why",
                "items": {
                  "type": "object", "required": ["source", "action", "excerpt", "reason"], "additionalProperties": false,
                  "properties": {
                    "source": {"type": "integer"},
                    "action": {"type": "string", "enum": ["excluded", "reframed", "not_selected"]},
                    "category": {"type": "string"},
                    "excerpt": {"type": "string"},
                    "reason": {"type": "string"}
                  }
                }
              }
            }
          },
          "Violation": {
            "type": "object", "required": ["category", "severity", "excerpt", "reason"], "additionalProperties": false,
            "properties": {
              "category": {"type": "string"},
              "severity": {"type": "string", "enum": ["warn", "block"]},
              "span": {
                "type": "object", "required": ["start", "end"], "additionalProperties": false,
                "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}},
                "description": "UTF-16 offsets into the checked text"
              },
              "excerpt": {"type": "string"},
              "reason": {"type": "string"},
              "suggestion": {"type": "string"}
            }
          }
        }
      }
    }
    """#
}
