import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'c779885f13cd7f61ed1ccd697dc0d44c5ab563cc2c97472cf67c465d3b5efea0') {
    pending.push(import('./chunks/chunk-f526ea9fae45a949a425e5a5b38585777351f3fb8af6c648bc4ee73903748685.js'));
  }
  if (key === '584d11186c9cb0264ff173aceab8e60e7791ff3d96b80d0fd0e9dd5a3944f23c') {
    pending.push(import('./chunks/chunk-56a48b582f933f017868ee9c0a80262d46cdc066c38214e944b996c56f081515.js'));
  }
  if (key === '8a36d0b6bce0b50e309417e80eec9e100a6c109bdd630c16f9a094e541859f1a') {
    pending.push(import('./chunks/chunk-2e117a5b31be2cba88811d1979ba82b0a7593d166c8baa2a94166bee8a7def8c.js'));
  }
  if (key === '31f5cec5853b2623f734db89ecb770e58a0f2ee88635fa0f5df2c22a1c5376db') {
    pending.push(import('./chunks/chunk-00c72be090ed15ebd124f5d431704e2d0c51c934abc5d97056f71ce7e4e2f642.js'));
  }
  if (key === '3f90a18cc2d5c3e5c2b00daadaf0da2860099c89c6a0f5a366d2f9858352aa64') {
    pending.push(import('./chunks/chunk-b6689118629b0191588c41807d6e96903920a52dd45d425d6a682f48dcdb0736.js'));
  }
  if (key === '12ed80e6959d0ddcaea0390be28c5aff0d8277875bb509e75003fa81ac19a17e') {
    pending.push(import('./chunks/chunk-5bd8c220914b0d0081e1e28ef3108c666becd87047f180dd422910fcd36dc15c.js'));
  }
  if (key === '75d20051d265f012bf871478104a3f54e2c187ebea733a128edcf35c3d816ddf') {
    pending.push(import('./chunks/chunk-f56185f66def801927ff21d4320ae012d559fcd7bf899ca51836123ec2535f0c.js'));
  }
  if (key === '93ad09925dc529b123dce34ccfe9bde5532d7ca6334e6df4229f771e95e1a31b') {
    pending.push(import('./chunks/chunk-c7b261344ece65f00471911ac839bd09120df71d44d646725ce97e87470c9d3c.js'));
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