// Placeholder until the edition site lands: renders nothing but proves the config loads.
export default function () {
  return { dir: { input: "templates", output: "_site" } };
}
