// Hand-written helpers the generated job examples (.cache/spec-reuse/examples/) share.
// Nothing here knows an operation: every type that matters comes from the generated code.

/** An A2E error reply: `code` is not 0, whatever the HTTP status (A2E also answers errors with 200). */
export class A2EError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly traceId?: string,
    readonly httpStatus?: number,
  ) {
    super(`A2E error ${code}${httpStatus === undefined ? "" : ` (HTTP ${httpStatus})`}: ${message}`);
  }
}

/** A job that ended in one of its `x-a2e-task.failed` states. */
export class TaskFailed extends Error {
  constructor(
    readonly operation: string,
    readonly status: string,
    readonly reason?: string,
    readonly failureCode?: string,
  ) {
    super(`${operation}: the job ended with status ${status}: ${reason ?? "no reason given"}`);
  }
}

/** One HTTP call; resolves with the parsed JSON body of any reply (the examples read `code` themselves). */
export type Send = (request: {
  method: string;
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
}) => Promise<unknown>;

/** A `Send` over the platform's fetch, with the bearer token. */
export function fetchSend(token: string, baseUrl = "https://video.a2e.ai"): Send {
  return async ({ method, path, query, body }) => {
    const url = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    const response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed: unknown = await response.json();
    return parsed;
  };
}

/** `/api/v1/talkingPhoto/{id}` with `{id: "abc"}` gives `/api/v1/talkingPhoto/abc`. */
export function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}

/** The first value that is a non-empty string or a number (A2E leaves unset fields "" or null). */
export function firstSet(...values: unknown[]): string | undefined {
  for (const value of values) {
    if (typeof value === "number" || (typeof value === "string" && value !== "")) return String(value);
  }
  return undefined;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long the examples wait between two detail calls. */
export const POLL_MS = 5000;
