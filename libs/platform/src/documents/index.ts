export * from './document-views.js';
export * from './document.responses.js';
export * from './document.controller.js';
export * from './set-document.handler.js';
