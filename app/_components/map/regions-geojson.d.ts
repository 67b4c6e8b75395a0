// TypeScript reads only ".json" files as JSON modules; this gives the reference boundaries a type.
// The import needs `with { type: "json" }` for Turbopack (see geometry.ts).
declare module "@/server/domain/reference/regions.geojson" {
  const regions: import("geojson").FeatureCollection<
    import("geojson").Polygon | import("geojson").MultiPolygon,
    { id: string; short_name: string; country: "UA" | "RU"; label: [number, number] }
  >;
  export default regions;
}
