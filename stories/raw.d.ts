/** Vite's `?raw` imports: a file's text (used by the stories for the sample audit files). */
declare module '*?raw' {
  const text: string;
  export default text;
}
