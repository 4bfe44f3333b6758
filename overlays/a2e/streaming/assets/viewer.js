// The A2E streaming viewer: joins the session's Agora room as audience, plays the avatar, sends text
// to the local server (which holds the A2E token), shows the answers of `ask`, leaves on pagehide.
"use strict";
(function () {
  const status = document.getElementById("status");
  const unmute = document.getElementById("unmute");
  const answers = document.getElementById("answers");
  const form = document.getElementById("say");
  const input = document.getElementById("text");
  const remoteAudio = [];
  let client = null;
  let left = false;

  function say(text) { status.textContent = text; }

  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) })
      .then((r) => r.json());
  }

  // The browser may refuse to start sound without a click: the SDK then calls onAutoplayFailed.
  function showUnmute() { unmute.hidden = false; }

  unmute.addEventListener("click", () => {
    unmute.hidden = true;
    for (const track of remoteAudio) {
      try { track.play(); } catch (e) { say("Audio could not start: " + e); }
    }
  });

  let answer = null;
  function onMessage(uid, payload) {
    let data;
    try {
      data = JSON.parse(typeof payload === "string" ? payload : new TextDecoder().decode(payload));
    } catch (e) { return; }
    if (!data || data.type !== "QA") return;
    if (!answer || data.pos === "start" || !data.pos) {
      answer = document.createElement("li");
      answers.appendChild(answer);
      answer.textContent = "";
    }
    answer.textContent += data.message || "";
    if (data.pos === "end" || !data.pos) answer = null;
  }

  async function subscribe(user, mediaType) {
    await client.subscribe(user, mediaType);
    if (mediaType === "video" && user.videoTrack) {
      user.videoTrack.play(document.getElementById("video"));
      say("Playing the avatar");
    }
    if (mediaType === "audio" && user.audioTrack) {
      remoteAudio.push(user.audioTrack);
      try { user.audioTrack.play(); } catch (e) { showUnmute(); }
    }
  }

  async function start() {
    const session = await (await fetch("session.json")).json();
    if (!session.open) { say("The session is closed."); return; }
    if (!window.AgoraRTC) { say("The Agora Web SDK did not load."); return; }
    AgoraRTC.onAutoplayFailed = showUnmute;
    client = AgoraRTC.createClient({ mode: "live", codec: "vp8" });
    await client.setClientRole("audience");
    client.on("user-published", (user, mediaType) => { subscribe(user, mediaType).catch((e) => say("Could not play: " + e)); });
    client.on("user-unpublished", () => say("The avatar stopped publishing"));
    client.on("stream-message", onMessage);
    await client.join(session.appId, session.channel, session.token, session.uid);
    say("Joined channel " + session.channel + " as audience; waiting for the avatar…");
  }

  // Replies can come back out of order (each text is its own request): the status shows the latest text's.
  let sent = 0;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const action = (event.submitter && event.submitter.value) || "speak";
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    const mine = ++sent;
    const reply = await post(action, { text });
    if (mine === sent) say(reply.error ? reply.error : (action === "ask" ? "Asked: " : "Said: ") + text);
  });

  function leave() {
    if (left) return;
    left = true;
    navigator.sendBeacon("leave", new Blob(["{}"], { type: "application/json" }));
    if (client) client.leave();
  }
  window.addEventListener("pagehide", leave);

  start().catch((e) => say("Could not join: " + e));
})();
