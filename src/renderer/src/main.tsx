import { createRoot } from 'react-dom/client'

// Placeholder entry: the real app (issue 5) replaces this.
createRoot(document.getElementById('root')!).render(<main><h1>Hearth</h1></main>)
