// Conversions T(x) (types2's conversions.go).

import { Checker } from "./check.js";

Checker.prototype.conversion = function (this: Checker): never { throw new Error("not implemented: conversion"); };
