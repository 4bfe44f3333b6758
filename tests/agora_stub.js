// A stand-in for the Agora Web SDK's CDN build (window.AgoraRTC) for the viewer's browser test:
// it records what the page asks of it in window.__agora, publishes one remote user after the join,
// draws a frame where the video is played, and refuses to start audio before a user gesture, as
// browsers' autoplay policies do (the real SDK then calls AgoraRTC.onAutoplayFailed).
"use strict";
(function () {
  const record = { created: null, role: null, joined: null, subscribed: [], videoPlayed: false, audioPlayed: false,
                   autoplayRefused: 0, left: false };
  window.__agora = record;
  const handlers = {};
  const emit = (event, ...args) => (handlers[event] || []).forEach((fn) => fn(...args));
  window.__agoraEmit = emit;

  const videoTrack = {
    play(element) {
      const canvas = document.createElement("canvas");
      canvas.width = 640; canvas.height = 360;
      const g = canvas.getContext("2d");
      const gradient = g.createLinearGradient(0, 0, 640, 360);
      gradient.addColorStop(0, "#3b5bdb"); gradient.addColorStop(1, "#9c36b5");
      g.fillStyle = gradient; g.fillRect(0, 0, 640, 360);
      g.fillStyle = "#ffe8cc"; g.beginPath(); g.arc(320, 165, 80, 0, 2 * Math.PI); g.fill();
      g.fillStyle = "#fff"; g.font = "22px sans-serif"; g.textAlign = "center";
      g.fillText("stub avatar stream (sandbox)", 320, 320);
      element.appendChild(canvas);
      record.videoPlayed = true;
    },
  };
  const audioTrack = {
    play() {
      if (!(navigator.userActivation && navigator.userActivation.hasBeenActive)) {
        record.autoplayRefused += 1;
        if (window.AgoraRTC.onAutoplayFailed) window.AgoraRTC.onAutoplayFailed();
        return;
      }
      record.audioPlayed = true;
    },
  };
  const remote = { uid: 4242, videoTrack: null, audioTrack: null };

  window.AgoraRTC = {
    VERSION: "stub",
    onAutoplayFailed: null,
    createClient(options) {
      record.created = options;
      return {
        async setClientRole(role) { record.role = role; },
        on(event, fn) { (handlers[event] = handlers[event] || []).push(fn); },
        async join(appId, channel, token, uid) {
          record.joined = { appId, channel, token, uid };
          setTimeout(() => { emit("user-published", remote, "video"); emit("user-published", remote, "audio"); }, 10);
          return uid;
        },
        async subscribe(user, mediaType) {
          record.subscribed.push(mediaType);
          if (mediaType === "video") user.videoTrack = videoTrack;
          if (mediaType === "audio") user.audioTrack = audioTrack;
        },
        async leave() { record.left = true; },
      };
    },
  };
})();
