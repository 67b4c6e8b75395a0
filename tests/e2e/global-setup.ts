console.log("no e2e yet")
