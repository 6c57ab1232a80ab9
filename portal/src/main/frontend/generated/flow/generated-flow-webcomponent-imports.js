import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '31f5cec5853b2623f734db89ecb770e58a0f2ee88635fa0f5df2c22a1c5376db') {
    pending.push(import('./chunks/chunk-00c72be090ed15ebd124f5d431704e2d0c51c934abc5d97056f71ce7e4e2f642.js'));
  }
  if (key === 'fdf038aab97198e63b39a7d36c17596791fb7fbd5d96ba86eba201c845b8552b') {
    pending.push(import('./chunks/chunk-58b473a30111b8ea0ea8faff7c45a12e34f3300be63e551bb0ce856b195523f2.js'));
  }
  if (key === '20078431e141a60de8e4d8c17a5502f25e4041daa5f659d96c83afc0d50bc9a9') {
    pending.push(import('./chunks/chunk-ce7366d75fb421b56d89d0e82f4d847f5608fcf98b5b33a7aa859c5c955c9df6.js'));
  }
  if (key === '75d20051d265f012bf871478104a3f54e2c187ebea733a128edcf35c3d816ddf') {
    pending.push(import('./chunks/chunk-f56185f66def801927ff21d4320ae012d559fcd7bf899ca51836123ec2535f0c.js'));
  }
  if (key === '3f90a18cc2d5c3e5c2b00daadaf0da2860099c89c6a0f5a366d2f9858352aa64') {
    pending.push(import('./chunks/chunk-b6689118629b0191588c41807d6e96903920a52dd45d425d6a682f48dcdb0736.js'));
  }
  if (key === '834a3c79e84fb46a7081d594dcf3885a85a2005224e08f16219a91b79487e7a9') {
    pending.push(import('./chunks/chunk-ea625a21b32a0ba8d3ffdd9aff81f308c94c597caa0deeeac8ca1c68657556a1.js'));
  }
  if (key === 'd0716704fd11bf80c78c5a9f80e27a4435271ce157258bbcb6a7641006d3e5ef') {
    pending.push(import('./chunks/chunk-59649271e9667e1dc30db396c5e8c0d4bfc7f508a543167e32a284162a7a4f8f.js'));
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