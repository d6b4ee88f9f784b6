import { render } from 'preact';

function App() {
  return <main>TermLens</main>;
}

render(<App />, document.getElementById('app')!);
