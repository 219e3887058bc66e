"""Raw HTTP requests to the server, for what SDKs would never send."""

import json
import urllib.error
import urllib.request


def post(endpoint: str, body: bytes, headers: dict, path: str = "/"):
    """Returns (status, headers, body) whatever the status."""
    request = urllib.request.Request(endpoint + path, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def json_call(endpoint: str, action: str, payload, raw: bytes = None):
    body = raw if raw is not None else json.dumps(payload).encode()
    return post(endpoint, body, {"X-Amz-Target": f"AmazonSQS.{action}", "Content-Type": "application/x-amz-json-1.0"})


def query_call(endpoint: str, params: dict, path: str = "/"):
    from urllib.parse import urlencode
    return post(endpoint, urlencode(params).encode(), {"Content-Type": "application/x-www-form-urlencoded"}, path)


def query_xml(endpoint: str, params: dict, path: str = "/"):
    """A Query call whose XML answer is read back: (status, root element with namespaces stripped)."""
    import xml.etree.ElementTree as ET
    status, _, body = query_call(endpoint, {"Version": "2012-11-05", **params}, path)
    root = ET.fromstring(body)
    for element in root.iter():
        element.tag = element.tag.rsplit("}", 1)[-1]
    return status, root


def query_error(endpoint: str, params: dict, path: str = "/"):
    """(status, Code, Message) of a Query call expected to fail."""
    status, root = query_xml(endpoint, params, path)
    return status, root.findtext("Error/Code"), root.findtext("Error/Message")


def signed_query_xml(endpoint: str, params: dict, region: str):
    """A Query call signed with SigV4 for `region`, as an SDK in that region signs it: (status, root)."""
    import xml.etree.ElementTree as ET
    from urllib.parse import urlencode

    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    body = urlencode({"Version": "2012-11-05", **params})
    request = AWSRequest(method="POST", url=endpoint + "/", data=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    SigV4Auth(Credentials("test", "test"), "sqs", region).add_auth(request)
    status, _, raw = post(endpoint, body.encode(), dict(request.headers.items()))
    root = ET.fromstring(raw)
    for element in root.iter():
        element.tag = element.tag.rsplit("}", 1)[-1]
    return status, root
