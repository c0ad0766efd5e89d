// The runtime's contract with generated code: every name compiled programs may use, and
// nothing else. Generated code binds the names it needs once (`const $add64 = $rt.add64`).

export * from "./int64.js";
export * from "./int64pair.js";
export * from "./arith.js";
export * from "./complex.js";
export { Slice, nilSlice, assignInto, makeSlice, sliceOfArray, append1, appendN, appendSlice, appendString, copySlice, copyString, idx, sliceSlice, sliceArray, sliceString, sliceToArray, sliceToArrayPtr } from "./slice.js";
export * from "./string.js";
export { GoMap, makeMap, mapLit, mapGet, mapHas, mapSet, mapDelete, mapLen, mapClear, mapIter } from "./map.js";
export {
  Type, Iface, types, ptrTo, sliceOf, arrayOf, mapOf, chanOf, funcOf, structOf, interfaceOf, named, setUnderlying,
  addMethod, makeArray, ifaceEq,
} from "./type.js";
export * from "./ptr.js";
export {
  unsafeSlice, unsafeString, sliceData, stringData, unsafeAdd, unsafeAddTerms, toUnsafe, locate, ptrToAddr,
  addrToPtr, takeLeases, dropLeases, headerView, ifaceView, fromUnsafe, reinterpretScalar, bytesStringView, structView, arrayView, arrayFirst,
} from "./unsafe.js";
export * from "./iface.js";
export {
  deferStart, deferRun, deferRunG, deferDone, deferTop, deferHome, deferprocStack, deferproc, deferrangefunc, deferprocat,
  deferreturn, deferreturnG, deferPanicChain, deferPanicChainG, gorecover, claimDefer, deferredRecoverOf,
} from "./defer.js";
export { go, gosched, preemptRequested, callDyn, numGoroutine, numCPU, gomaxprocs, isGenerator, isGeneratorFunction, park, parking, PARK, DUMP, probeStack, ready, addTimer, delTimer, clock, setFakeTime, skipGoids } from "./sched.js";
export { Chan, makeChan, chanLen, chanCap, chansend, chanrecv, chanrecv2, chansendNB, chanrecvNB, chanrecv2NB, WOULDBLOCK, chanClose, selectgo, blockForever } from "./chan.js";
export { printbool, printint, printuint, printfloat, printpointer } from "./print.js";
export { printStderr, setHost, host, type Host, MemoryHost } from "./host.js";
export { runMain, crash } from "./main.js";
export { registerFuncNames, setPositionResolver } from "./traceback.js";
export { GoPanic, GoExit, GoFatal } from "./panic.js";
export { G, curGoroutine } from "./proc.js";
export { panicNilDeref, panicWrap } from "./errors.js";
export * from "./extra.js";
