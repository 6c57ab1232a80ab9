import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '75d20051d265f012bf871478104a3f54e2c187ebea733a128edcf35c3d816ddf') {
    pending.push(import('./chunks/chunk-f56185f66def801927ff21d4320ae012d559fcd7bf899ca51836123ec2535f0c.js'));
  }
  if (key === '3f90a18cc2d5c3e5c2b00daadaf0da2860099c89c6a0f5a366d2f9858352aa64') {
    pending.push(import('./chunks/chunk-b6689118629b0191588c41807d6e96903920a52dd45d425d6a682f48dcdb0736.js'));
  }
  if (key === '31f5cec5853b2623f734db89ecb770e58a0f2ee88635fa0f5df2c22a1c5376db') {
    pending.push(import('./chunks/chunk-00c72be090ed15ebd124f5d431704e2d0c51c934abc5d97056f71ce7e4e2f642.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}