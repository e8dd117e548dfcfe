/**
 * Whether the language was last switched from inside the phone's menu: the page is drawn again in
 * the new language, and the menu opens again on the switch, where the reader left it, until it is
 * closed.
 */
let switchedInMenu = false;

export function noteSwitchInMenu(inMenu: boolean): void {
  switchedInMenu = inMenu;
}

export const wasSwitchedInMenu = (): boolean => switchedInMenu;
