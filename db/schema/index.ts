export * from "./tenancy";
export * from "./channels";
export * from "./contacts";
export * from "./conversations";
export * from "./events";
export * from "./maintenance";
export * from "./executor";
export * from "./templates";
