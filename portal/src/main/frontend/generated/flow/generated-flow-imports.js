import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '31f5cec5853b2623f734db89ecb770e58a0f2ee88635fa0f5df2c22a1c5376db') {
    pending.push(import('./chunks/chunk-00c72be090ed15ebd124f5d431704e2d0c51c934abc5d97056f71ce7e4e2f642.js'));
  }
  if (key === '14e7710c04a65c002860026510a94b3ca6a1c99a2b1d6ce057c8de1db0434c9c') {
    pending.push(import('./chunks/chunk-694287d78eb8a2f7da938f12f70740b664038c4f98fbfe23995974f02805980e.js'));
  }
  if (key === '55937efedab84a29205afd22e46f367703b84fa93c73f1602656f9e6331806ca') {
    pending.push(import('./chunks/chunk-152b19d5696ac8137ce5cecd39dc75e1246d02dfbd3145662cf8599c32eb8f15.js'));
  }
  if (key === '3f90a18cc2d5c3e5c2b00daadaf0da2860099c89c6a0f5a366d2f9858352aa64') {
    pending.push(import('./chunks/chunk-b6689118629b0191588c41807d6e96903920a52dd45d425d6a682f48dcdb0736.js'));
  }
  if (key === '75d20051d265f012bf871478104a3f54e2c187ebea733a128edcf35c3d816ddf') {
    pending.push(import('./chunks/chunk-f56185f66def801927ff21d4320ae012d559fcd7bf899ca51836123ec2535f0c.js'));
  }
  if (key === '17c5cb80e6efbf313bdcea0c6c31f8ce68241e66cd80a9c6463ea1ea7b89016f') {
    pending.push(import('./chunks/chunk-29a19b9486eb7e12c23201cd6f5bb690fee03fb73cff784bb3fb89b4bba1e796.js'));
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