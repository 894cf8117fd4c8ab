/** Light or dark Fluent theme from Office's body background colour (dark Office themes). */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // Relative luminance (sRGB weights, no gamma: enough to tell dark from light).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  return isDark(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
