/// <reference types="electron-vite/node" />
// Types for electron-vite's import suffixes (?modulePath, ?asset) used by the main process.
