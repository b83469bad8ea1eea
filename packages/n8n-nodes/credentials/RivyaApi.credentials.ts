import type {
  IAuthenticateGeneric,
  ICredentialTestRequest,
  ICredentialType,
  Icon,
  INodeProperties,
} from "n8n-workflow";

/** API key credentials for the Rivya Public API v1 (`https://rivya.ai/docs/api`). */
export class RivyaApi implements ICredentialType {
  name = "rivyaApi";

  displayName = "Rivya API";

  icon: Icon = { light: "file:../nodes/Rivya/rivya.svg", dark: "file:../nodes/Rivya/rivya.dark.svg" };

  documentationUrl = "https://rivya.ai/docs/api";

  properties: INodeProperties[] = [
    {
      displayName: "API Key",
      name: "apiKey",
      type: "string",
      typeOptions: { password: true },
      default: "",
      required: true,
      placeholder: "rvya_sk_...",
      description:
        "A Rivya API key (Settings → API keys). Needs the scopes the node uses: models:read, generations:create, generations:read, files:create, credits:read and, for the trigger, webhooks:manage.",
    },
    {
      displayName: "Base URL",
      name: "baseUrl",
      type: "string",
      default: "https://rivya.ai",
      description:
        "Where the API lives. Keep the default for Rivya; point it at a Rivya emulator (e.g. http://127.0.0.1:4010, as it prints on start) to test workflows without spending credits. A trailing /api/v1 or / is accepted.",
    },
    {
      // n8n's credential test reports an unreachable host with the bare error code only, and a
      // declarative test cannot reword it: so say next to the field what the codes mean.
      displayName:
        "If the test answers ECONNREFUSED, ENOTFOUND or ETIMEDOUT, n8n could not reach the Base URL: check the address (scheme, host, port), that the Rivya API or emulator is running, and that the n8n server can reach it (DNS, proxy, firewall).",
      name: "unreachableNotice",
      type: "notice",
      default: "",
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: "generic",
    properties: {
      headers: {
        Authorization: "=Bearer {{$credentials.apiKey}}",
      },
    },
  };

  test: ICredentialTestRequest = {
    request: {
      // The same normalisation as shared/base-url.ts: a trailing "/" or "/api/v1" is accepted.
      baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/api\\/v1$/i, "")}}',
      url: "/api/v1/credits",
      method: "GET",
    },
    rules: [
      {
        type: "responseCode",
        properties: {
          value: 401,
          message:
            "Rivya refused the API key (401): check that it is a current rvya_sk_ key, not revoked or expired, for this Base URL",
        },
      },
      {
        type: "responseCode",
        properties: {
          value: 403,
          message:
            "The API key works but lacks the credits:read scope (403): give the key the scopes the node uses",
        },
      },
      {
        type: "responseCode",
        properties: {
          value: 404,
          message: "No Rivya API at this Base URL (GET /api/v1/credits answered 404): check the Base URL",
        },
      },
    ],
  };
}
