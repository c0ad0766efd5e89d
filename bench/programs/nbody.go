// Benchmark program: a gravitational n-body simulation (a heavy star and four planets on
// inclined, slightly eccentric orbits), measuring float64 arithmetic in tight loops over a
// slice of structs. It prints the total energy before and after, which must agree to every
// printed digit.
//
// Every product that feeds an addition is wrapped in float64(...): the Go spec lets a
// compiler fuse x*y+z into one rounding (gc does on arm64), and an explicit conversion
// forbids that, so the checksum is the same on every architecture and under gots.
package main

import (
	"fmt"
	"math"
)

type body struct {
	x, y, z    float64
	vx, vy, vz float64
	mass       float64
}

// newSystem places the planets at made-up radii with made-up masses; units have G = 1.
func newSystem() []body {
	const starMass = 39.5
	bs := []body{{mass: starMass}}
	radii := []float64{1.37, 2.83, 4.61, 7.19}
	masses := []float64{0.041, 0.0123, 0.0019, 0.0027}
	for k, r := range radii {
		// Start each planet at a different angle (cos/sin of multiples of 0.7 rad given as
		// fixed values, so no math library rounding is involved), a little above the plane.
		c := []float64{1.0, 0.7648421872844885, 0.16996714290024104, -0.5048461045998576}[k]
		s := []float64{0.0, 0.644217687237691, 0.9854497299884601, 0.8632093666488737}[k]
		tilt := 0.013 * float64(k+1)
		speed := math.Sqrt(starMass/r) * (1.0 + 0.02*float64(k))
		bs = append(bs, body{
			x: float64(r * c), y: float64(r * s), z: float64(r * tilt),
			vx: float64(-speed * s), vy: float64(speed * c), vz: float64(speed*tilt) * 0.5,
			mass: masses[k],
		})
	}
	// Give the star the opposite of the planets' momentum so the system stays in place.
	var px, py, pz float64
	for _, b := range bs[1:] {
		px += float64(b.vx * b.mass)
		py += float64(b.vy * b.mass)
		pz += float64(b.vz * b.mass)
	}
	bs[0].vx, bs[0].vy, bs[0].vz = -px/starMass, -py/starMass, -pz/starMass
	return bs
}

func energy(bs []body) float64 {
	e := 0.0
	for i := range bs {
		a := &bs[i]
		v2 := float64(a.vx*a.vx) + float64(a.vy*a.vy) + float64(a.vz*a.vz)
		e += float64(0.5 * a.mass * v2)
		for j := i + 1; j < len(bs); j++ {
			b := &bs[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			d := math.Sqrt(float64(dx*dx) + float64(dy*dy) + float64(dz*dz))
			e -= float64(a.mass*b.mass) / d
		}
	}
	return e
}

func step(bs []body, dt float64) {
	for i := range bs {
		a := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			b := &bs[j]
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			d2 := float64(dx*dx) + float64(dy*dy) + float64(dz*dz)
			mag := dt / float64(d2*math.Sqrt(d2))
			ma, mb := float64(a.mass*mag), float64(b.mass*mag)
			a.vx -= float64(dx * mb)
			a.vy -= float64(dy * mb)
			a.vz -= float64(dz * mb)
			b.vx += float64(dx * ma)
			b.vy += float64(dy * ma)
			b.vz += float64(dz * ma)
		}
	}
	for i := range bs {
		b := &bs[i]
		b.x += float64(dt * b.vx)
		b.y += float64(dt * b.vy)
		b.z += float64(dt * b.vz)
	}
}

func main() {
	bs := newSystem()
	fmt.Printf("%.9f\n", energy(bs))
	for i := 0; i < 7000000; i++ {
		step(bs, 0.001)
	}
	fmt.Printf("%.9f\n", energy(bs))
	fmt.Printf("%.9f %.9f %.9f\n", bs[1].x, bs[2].y, bs[4].z)
}
