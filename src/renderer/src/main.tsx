import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { pickClient } from './client/pick.ts'
import './styles/base.css'
import './styles/layout.css'
import './styles/room.css'
import './styles/life.css'
import './styles/messages.css'
import './styles/panels.css'
import './styles/support.css'
import './styles/directory.css'

const client = pickClient()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>
)
