// Writes the generated geometry files from the reference outlines: npm run build:geometry.
import { mkdirSync, writeFileSync } from "node:fs";
import { buildBorderGeometry, buildProjectedMap, readRegions, shapesSvg, SHAPES_PATH } from "../server/map/build-geometry.ts";

const regions = readRegions();
writeFileSync("server/domain/reference/border-geometry.json", `${JSON.stringify(buildBorderGeometry(regions))}\n`);
const { map, shapes } = buildProjectedMap(regions);
writeFileSync("server/map/projected-map.json", `${JSON.stringify(map)}\n`);
mkdirSync("public/map", { recursive: true });
writeFileSync(`public${SHAPES_PATH}`, shapesSvg(shapes));
console.log(`Wrote server/domain/reference/border-geometry.json, server/map/projected-map.json and public${SHAPES_PATH}`);
