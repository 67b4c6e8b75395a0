// SVG path data as d3-geo writes it (absolute "M x,y L x,y … Z", one decimal) rewritten with relative
// line-tos: the same drawing in about two thirds of the characters, for the map the browser
// downloads. Coordinates are carried in whole tenths, so the steps add up exactly to the points.

const tenths = (n: string) => Math.round(Number(n) * 10);
const show = (t: number) => (t / 10).toString();

export function compactPath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  let afterMove = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      out += "Z";
      continue;
    }
    const [px, py] = args!.split(",").map(tenths) as [number, number];
    if (command === "M") {
      out += `M${show(px)},${show(py)}`;
      afterMove = true;
    } else {
      const dx = show(px - x);
      const dy = show(py - y);
      const pair = `${dx}${dy.startsWith("-") ? "" : ","}${dy}`;
      // After the first "l", further pairs need no letter: a space between them, or nothing before a minus sign.
      out += afterMove ? `l${pair}` : `${dx.startsWith("-") ? "" : " "}${pair}`;
      afterMove = false;
    }
    [x, y] = [px, py];
  }
  return out;
}
