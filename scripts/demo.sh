#!/usr/bin/env bash
# `make demo`: the client's main flow, text to speech -> avatar video -> wait -> download, through
# the `a2e` command line against the local sandbox (no account, no token). Files land in $1.
set -euo pipefail
out=${1:-demo-output}
a2e=${A2E_CLI:-.venv/bin/a2e}
rm -rf "$out"  # the demo's own folder: only this run's files
scratch=$(mktemp -d)
"$a2e" sandbox --port 0 --job-seconds 6 >"$scratch/url" 2>"$scratch/log" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do [ -s "$scratch/url" ] && break; sleep 0.1; done
export A2E_BASE_URL=$(head -n 1 "$scratch/url") A2E_API_KEY=sk_sandbox_demo
value() { .venv/bin/python -c "import json, sys; data = json.load(sys.stdin); print($1)"; }

echo "A2E sandbox at $A2E_BASE_URL (any sk_ token works)"
echo
echo "1. Text to speech:  a2e voices tts --msg \"Hello from the A2E sandbox\""
audio=$("$a2e" voices tts --msg "Hello from the A2E sandbox" | value data)
echo "   -> $audio"
echo "2. An avatar:       a2e avatar-videos list-avatars"
anchor=$("$a2e" avatar-videos list-avatars | value 'data[0]["_id"] + " " + str(data[0].get("name"))')
echo "   -> ${anchor}"
echo "3. Avatar video:    a2e avatar-videos generate --anchor-id ${anchor%% *} --anchor-type 0 \\"
echo "                      --audio-src <the speech> --wait --download $out"
"$a2e" avatar-videos generate --anchor-id "${anchor%% *}" --anchor-type 0 --audio-src "$audio" \
    --wait --download "$out" >"$scratch/video.json"
echo "   -> video $(value 'data["_id"] + ": " + data["status"]' <"$scratch/video.json")"
echo
echo "Done. The files are in $out/:"
ls -l "$out"
