/**
 * A course page of another origin for the embed test: it shows the app given in `?app=` in a
 * 640 × 480 iframe, as an LMS page would (tests/e2e/embed.spec.ts opens it on 127.0.0.1 and the
 * app on localhost, two origins of one test server).
 */
const app = new URLSearchParams(window.location.search).get('app') ?? '';
const main = document.createElement('main');
const heading = document.createElement('h1');
heading.textContent = 'Week 3: bias in generative models';
const frame = document.createElement('iframe');
frame.src = app;
frame.width = '640';
frame.height = '480';
frame.title = 'Face Explorer: move Smiling and read what else changes';
frame.style.border = '0';
main.append(heading, frame);
document.body.replaceChildren(main);
